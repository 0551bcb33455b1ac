import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { summaryToIcs } from "./ics";
import { fixtureSummary } from "./testing";

describe("summaryToIcs with a time and attendees", () => {
  it("is a 45-minute meeting with the members as attendees and the stakeholder page as link", () => {
    const summary = fixtureSummary();
    const link = "https://workshops.example.com/s/abc123";
    const ics = summaryToIcs(summary, {
      uid: "w1-follow-up@prepersonalize",
      stamp: new Date("2027-03-01T12:00:00Z"),
      url: link,
      start: new Date("2027-03-15T09:30:00Z"),
      organizer: { name: "Ana Facilitator", email: "ana@example.com" },
      attendees: [
        { name: "Ana Facilitator", email: "ana@example.com" },
        { name: 'Bo "The" Engineer, Jr.', email: "bo@example.com" },
      ],
    });
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent");
    if (!vevent) throw new Error("no VEVENT");
    const event = new ICAL.Event(vevent);
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.toJSDate().toISOString()).toBe("2027-03-15T09:30:00.000Z");
    expect(event.duration.toSeconds()).toBe(45 * 60);
    const attendees = event.attendees.map((a) => ({
      email: String(a.getFirstValue()),
      name: a.getParameter("cn"),
    }));
    expect(attendees).toEqual([
      { email: "mailto:ana@example.com", name: "Ana Facilitator" },
      { email: "mailto:bo@example.com", name: "Bo The Engineer, Jr." },
    ]);
    expect(vevent.getFirstPropertyValue("organizer")).toBe("mailto:ana@example.com");
    expect(vevent.getFirstPropertyValue("url")).toBe(link);
    expect(event.description).toContain(`Workshop summary: ${link}`);
    expect(ics).not.toContain("0.0.0.0");
  });
});
