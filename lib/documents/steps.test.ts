import { describe, expect, it } from "vitest";
import { STEP_IDS, WORKSHOP_STEPS, stepById } from "./steps";

describe("WORKSHOP_STEPS", () => {
  it("lists the eight steps once each, numbered in order", () => {
    expect(WORKSHOP_STEPS.map((step) => step.id)).toEqual([...STEP_IDS]);
    expect(WORKSHOP_STEPS.map((step) => step.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const step of WORKSHOP_STEPS) {
      expect(step.prompt.length).toBeGreaterThan(20);
      expect(step.minutes).toBeGreaterThan(0);
    }
    expect(stepById("persofails").number).toBe(5);
  });
});
