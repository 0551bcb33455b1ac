import { describe, expect, it } from "vitest";
import { DEFAULT_MEASUREMENT } from "@/lib/documents/records";
import { abResult } from "./ab-result";
import { abPlanProgress, abPlanText } from "./ab-plan";

// 10 % today, +2.5 points worth detecting, 80 % power, 5 % significance, equal groups.
const measurement = { ...DEFAULT_MEASUREMENT, baselinePercent: 10, effect: 2.5 };

describe("the A/B result against its plan", () => {
  it("says how far an unclear test is from its planned size", () => {
    const counts = {
      controlUsers: 1000,
      controlConversions: 100,
      variantUsers: 1000,
      variantConversions: 110,
    };
    const plan = abPlanProgress(counts, measurement);
    expect(plan?.needed.control).toBe(plan?.needed.treatment);
    // R: power.prop.test(p1 = 0.1, p2 = 0.125, power = 0.8) gives n = 2506.5 per group.
    expect(plan?.needed.control).toBe(2507);
    const result = abResult(counts);
    if (!result || !plan) throw new Error("computable");
    expect(abPlanText(result, plan)).toMatch(
      /^The test has 3\d % of its planned size .*: keep it running before concluding\.$/,
    );
  });

  it("at the planned size, an unclear result means no lift of the planned size", () => {
    const counts = {
      controlUsers: 3000,
      controlConversions: 300,
      variantUsers: 3000,
      variantConversions: 310,
    };
    const plan = abPlanProgress(counts, measurement);
    const result = abResult(counts);
    if (!result || !plan) throw new Error("computable");
    expect(plan.reached).toBe(1);
    expect(abPlanText(result, plan)).toMatch(/would most likely have shown\.$/);
  });

  it("has nothing to say without a plan", () => {
    const counts = {
      controlUsers: 10,
      controlConversions: 1,
      variantUsers: 10,
      variantConversions: 2,
    };
    expect(abPlanProgress(counts, DEFAULT_MEASUREMENT)).toBeNull();
  });
});
