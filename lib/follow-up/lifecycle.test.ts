import { describe, expect, it } from "vitest";
import { compareLifecycle, deriveLifecycle, type LifecycleInput } from "./lifecycle";

const base: LifecycleInput = {
  currentStep: null,
  hasContent: false,
  roadmapItemIds: [],
  followUpDate: "2027-03-15",
  recordedItemIds: [],
  heldAt: null,
  today: "2027-03-01",
};

describe("deriveLifecycle", () => {
  it("is planned before anything is written and while on step 1", () => {
    expect(deriveLifecycle(base).stage).toBe("planned");
    expect(deriveLifecycle({ ...base, currentStep: "team" }).stage).toBe("planned");
  });

  it("is live once the group moved on or wrote something", () => {
    expect(deriveLifecycle({ ...base, currentStep: "context" }).stage).toBe("live");
    expect(deriveLifecycle({ ...base, hasContent: true }).stage).toBe("live");
  });

  it("is summarized on step 8 until the follow-up date", () => {
    const state = deriveLifecycle({ ...base, currentStep: "share", roadmapItemIds: ["a"] });
    expect(state).toEqual({ stage: "summarized", overdueDays: 0, followUpDate: "2027-03-15" });
  });

  it("is due on the follow-up date and counts the days past it", () => {
    const summarized = { ...base, currentStep: "share" as const, roadmapItemIds: ["a", "b"] };
    expect(deriveLifecycle({ ...summarized, today: "2027-03-15" })).toMatchObject({
      stage: "follow-up-due",
      overdueDays: 0,
    });
    expect(deriveLifecycle({ ...summarized, today: "2027-03-18" })).toMatchObject({
      stage: "follow-up-due",
      overdueDays: 3,
    });
    // One of two items recorded: still due.
    expect(
      deriveLifecycle({ ...summarized, today: "2027-03-18", recordedItemIds: ["a"] }).stage,
    ).toBe("follow-up-due");
  });

  it("is followed up once the meeting is closed or every item is recorded on the date", () => {
    const summarized = { ...base, currentStep: "share" as const, roadmapItemIds: ["a", "b"] };
    expect(deriveLifecycle({ ...summarized, heldAt: "2027-03-10T10:00:00.000Z" }).stage).toBe(
      "followed-up",
    );
    expect(
      deriveLifecycle({ ...summarized, today: "2027-03-16", recordedItemIds: ["a", "b"] }).stage,
    ).toBe("followed-up");
    // Owners filled everything early: the meeting has not happened yet.
    expect(deriveLifecycle({ ...summarized, recordedItemIds: ["a", "b"] }).stage).toBe(
      "summarized",
    );
  });

  it("counts recorded progress as summarized even if the step was moved back", () => {
    expect(deriveLifecycle({ ...base, currentStep: "roadmap", recordedItemIds: ["a"] }).stage).toBe(
      "summarized",
    );
  });

  it("stays summarized without a follow-up date", () => {
    expect(deriveLifecycle({ ...base, currentStep: "share", followUpDate: null }).stage).toBe(
      "summarized",
    );
  });
});

describe("compareLifecycle", () => {
  it("puts the most overdue follow-up first, followed-up workshops last", () => {
    const states = [
      { stage: "followed-up" as const, overdueDays: 0, followUpDate: null },
      { stage: "follow-up-due" as const, overdueDays: 1, followUpDate: null },
      { stage: "live" as const, overdueDays: 0, followUpDate: null },
      { stage: "follow-up-due" as const, overdueDays: 9, followUpDate: null },
    ];
    expect(states.sort(compareLifecycle).map((s) => `${s.stage}:${s.overdueDays}`)).toEqual([
      "follow-up-due:9",
      "follow-up-due:1",
      "live:0",
      "followed-up:0",
    ]);
  });
});
