import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { foldIcsLine, NoFollowUpDateError, summaryToIcs } from "./ics";
import { fixtureSummary } from "./testing";

describe("summaryToIcs", () => {
  it("is valid iCalendar with the follow-up as an all-day event", () => {
    const summary = fixtureSummary({ hostile: true });
    const ics = summaryToIcs(summary, {
      uid: "w1-follow-up@prepersonalize",
      stamp: new Date("2027-03-01T12:00:00Z"),
      url: "https://example.test/workshops/w1",
    });
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevent = calendar.getFirstSubcomponent("vevent");
    if (!vevent) throw new Error("no VEVENT");
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe("w1-follow-up@prepersonalize");
    expect(event.summary).toBe("Follow-up: Spring relaunch — Café Zoë");
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe(summary.followUp.date);
    expect(event.description).toContain("Pick the three personalization ideas we build first.");
    expect(event.description).toContain(
      "1. Recommend refills based on past orders (Bo Engineer, Q2 2027)",
    );
  });

  it("refuses to make an invite without a date", () => {
    const summary = { ...fixtureSummary(), followUp: { date: null, isDefault: true } };
    expect(() => summaryToIcs(summary, { uid: "x", stamp: new Date() })).toThrow(
      NoFollowUpDateError,
    );
  });

  it("folds long lines without splitting characters", () => {
    const folded = foldIcsLine(`DESCRIPTION:${"é".repeat(100)}`);
    expect(folded.split("\r\n ").join("")).toBe(`DESCRIPTION:${"é".repeat(100)}`);
  });
});
