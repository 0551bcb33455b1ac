import { describe, expect, it } from "vitest";
import { WORKSHOP_STEPS } from "@/lib/documents/steps";
import { invitationText } from "./invitation-text";
import { buildRunOfShow, formatDuration } from "./run-of-show";

describe("run-of-show", () => {
  it("lays the plan's time boxes end to end from the start time", () => {
    const plan = buildRunOfShow({ start: "09:00" });
    expect(plan.rows.map((row) => row.step)).toEqual(WORKSHOP_STEPS.map((step) => step.id));
    expect(plan.rows[0]).toMatchObject({ startsAt: "09:00", endsAt: "09:10", minutes: 10 });
    expect(plan.rows[1]).toMatchObject({ startsAt: "09:10", endsAt: "09:25" });
    const total = WORKSHOP_STEPS.reduce((sum, step) => sum + step.minutes, 0);
    expect(plan.totalMinutes).toBe(total);
    expect(plan.endsAt).toBe(plan.rows.at(-1)?.endsAt);
    for (const [index, row] of plan.rows.entries()) {
      const next = plan.rows[index + 1];
      if (next) expect(next.startsAt).toBe(row.endsAt);
    }
  });

  it("shows time spent where the agenda clock recorded it", () => {
    const plan = buildRunOfShow({ start: "13:30", spentMs: { objective: 17 * 60_000 + 20_000 } });
    expect(plan.rows.find((row) => row.step === "objective")?.spentMinutes).toBe(17);
    expect(plan.rows.find((row) => row.step === "context")?.spentMinutes).toBeNull();
  });

  it("refuses a start time that is not a clock time", () => {
    expect(() => buildRunOfShow({ start: "25:00" })).toThrow();
    expect(() => buildRunOfShow({ start: "9am" })).toThrow();
  });

  it("formats durations", () => {
    expect(formatDuration(205)).toBe("3 h 25 min");
    expect(formatDuration(45)).toBe("45 min");
    expect(formatDuration(120)).toBe("2 h");
  });
});

describe("invitation text", () => {
  const base = {
    title: "Returning shoppers",
    date: "2027-03-04",
    start: "09:30",
    totalMinutes: 205,
    objective: "Rank the five best ideas.",
    facilitatorName: "Fran",
  };

  it("says why, when and what to bring, signed by the facilitator", () => {
    const { subject, body } = invitationText(base);
    expect(subject).toBe("Invitation: Returning shoppers (Thursday, March 4, 2027)");
    expect(body).toContain("on Thursday, March 4, 2027, starting at 09:30");
    expect(body).toContain("Rank the five best ideas.");
    expect(body).toMatch(/data inventory/i);
    expect(body).toMatch(/analytics/i);
    expect(body).toMatch(/consent, privacy and legal constraints/i);
    expect(body.trim().endsWith("Fran")).toBe(true);
  });

  it("reads well without a date or an objective", () => {
    const { subject, body } = invitationText({ ...base, date: null, objective: null });
    expect(subject).toBe("Invitation: Returning shoppers");
    expect(body).toContain("on a date I will confirm shortly");
    expect(body).toContain("ranked by business value and feasibility");
  });
});
