import { describe, expect, it } from "vitest";
import { DEFAULT_MEASUREMENT } from "@/lib/documents/records";
import {
  effectText,
  estimateInputsText,
  estimateMeasurement,
  estimateText,
} from "./measurement-plan";

describe("estimateMeasurement", () => {
  it("computes the sample size and duration from the item's percentages", () => {
    const estimate = estimateMeasurement({
      ...DEFAULT_MEASUREMENT,
      baselinePercent: 5,
      effect: 1,
      dailyTraffic: 1000,
    });
    if (!estimate.ok) throw new Error(estimate.reason);
    expect(estimate.size.control).toBe(8158);
    expect(estimate.days).toBe(17);
    expect(estimateText(estimate)).toBe("8,158 per group (16,316 in all), about 17 days");
    expect(estimateInputsText(estimate)).toBe(
      "baseline 5 % → target 6 %, power 80 % (z = 0.842), two-sided significance 5 % (z = 1.960), control share 50 %",
    );
  });

  it("says what is missing instead of inventing a number", () => {
    expect(estimateMeasurement(DEFAULT_MEASUREMENT)).toEqual({
      ok: false,
      reason: "Enter today’s conversion rate and the smallest lift worth detecting.",
    });
    const noEffect = estimateMeasurement({ ...DEFAULT_MEASUREMENT, baselinePercent: 5 });
    expect(noEffect.ok ? "" : noEffect.reason).toBe("Enter the smallest lift worth detecting.");
    const tooBig = estimateMeasurement({ ...DEFAULT_MEASUREMENT, baselinePercent: 60, effect: 50 });
    expect(tooBig.ok ? "" : tooBig.reason).toMatch(/pass 100 %/);
    expect(estimateText(tooBig)).toBe("Not computed yet");
  });

  it("names a small holdout's groups separately and waits for the holdout to fill", () => {
    const estimate = estimateMeasurement({
      ...DEFAULT_MEASUREMENT,
      baselinePercent: 5,
      effect: 20,
      effectKind: "relative",
      controlPercent: 10,
      dailyTraffic: 2000,
    });
    expect(estimateText(estimate)).toMatch(
      /^[\d,]+ control \+ [\d,]+ personalized \([\d,]+ in all\), about \d+ days$/,
    );
  });

  it("says which kind of effect it is", () => {
    expect(effectText({ effect: 1, effectKind: "absolute" })).toBe("+1 point (absolute)");
    expect(effectText({ effect: 10, effectKind: "relative" })).toBe(
      "+10 % of the baseline (relative)",
    );
    expect(effectText({ effect: null, effectKind: "relative" })).toBe("—");
  });
});
