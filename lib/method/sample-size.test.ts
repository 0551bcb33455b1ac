import { describe, expect, it } from "vitest";
import { experimentDays, normalQuantile, powerOf, sampleSize, targetRateOf } from "./sample-size";

describe("sampleSize (two proportions, pooled variance under the null)", () => {
  it("needs about 8,160 per arm for 5 % → 6 % at 80 % power and 5 % significance", () => {
    // R: power.prop.test(p1 = 0.05, p2 = 0.06, power = 0.8) gives n = 8157.7 per group. The
    // unpooled variant (z_α + z_β)²·(p₁q₁ + p₂q₂)/Δ² gives 8,155; the pooled one reproduces R.
    const size = sampleSize({ baselineRate: 0.05, effect: 0.01, effectKind: "absolute" });
    expect(size?.control).toBe(8158);
    expect(size?.treatment).toBe(8158);
    expect(size?.total).toBe(16316);
    expect(size?.zAlpha).toBeCloseTo(1.959964, 5);
    expect(size?.zBeta).toBeCloseTo(0.841621, 5);
  });

  it("matches R's documented example: p1 = .50, p2 = .75, 90 % power → n = 76.7", () => {
    // stats::power.prop.test(p1 = .50, p2 = .75, power = .90) prints n = 76.65294.
    const size = sampleSize({
      baselineRate: 0.5,
      effect: 0.25,
      effectKind: "absolute",
      power: 0.9,
    });
    expect(size?.control).toBe(77);
  });

  it("matches R's documented example the other way round: n = 50 → power 0.740", () => {
    // stats::power.prop.test(n = 50, p1 = .50, p2 = .75) prints power = 0.7401659.
    expect(powerOf({ perArm: 50, p1: 0.5, p2: 0.75 })).toBeCloseTo(0.7401659, 6);
  });

  it("reads a relative effect as a share of the baseline: 10 % + 20 % = 12 %", () => {
    expect(targetRateOf({ baselineRate: 0.1, effect: 0.2, effectKind: "relative" })).toBeCloseTo(
      0.12,
    );
    // power.prop.test(p1 = 0.10, p2 = 0.12, power = 0.8): n = 3840.8.
    expect(sampleSize({ baselineRate: 0.1, effect: 0.2, effectKind: "relative" })?.control).toBe(
      3841,
    );
  });

  it("is tighter at 1 % significance and looser at a bigger effect", () => {
    const base = { baselineRate: 0.05, effect: 0.01, effectKind: "absolute" } as const;
    const strict = sampleSize({ ...base, alpha: 0.01 });
    const bigger = sampleSize({ ...base, effect: 0.02 });
    expect(strict?.control).toBeGreaterThan(8158);
    expect(bigger?.control).toBeLessThan(8158 / 3);
  });

  it("sizes a small holdout: the personalized group is k times the control, the total grows", () => {
    const size = sampleSize({
      baselineRate: 0.05,
      effect: 0.01,
      effectKind: "absolute",
      controlShare: 0.1,
    });
    if (!size) throw new Error("expected a sample size");
    expect(size.treatment / size.control).toBeCloseTo(9, 2);
    expect(size.control).toBeLessThan(8158);
    expect(size.total).toBeGreaterThan(16316);
  });

  it("refuses inputs that describe no experiment", () => {
    const base = { baselineRate: 0.05, effect: 0.01, effectKind: "absolute" } as const;
    expect(sampleSize({ ...base, baselineRate: 0 })).toBeNull();
    expect(sampleSize({ ...base, effect: 0 })).toBeNull();
    expect(sampleSize({ ...base, effect: 0.96 })).toBeNull();
    expect(sampleSize({ ...base, controlShare: 1 })).toBeNull();
    expect(sampleSize({ ...base, power: 1 })).toBeNull();
  });
});

describe("normalQuantile", () => {
  it("agrees with the normal table to six decimals", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621, 6);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 6);
  });
});

describe("experimentDays", () => {
  it("waits for the slower group to fill", () => {
    const equal = sampleSize({ baselineRate: 0.05, effect: 0.01, effectKind: "absolute" });
    if (!equal) throw new Error("expected a sample size");
    // 16,316 people at 1,000 a day, split evenly.
    expect(experimentDays(equal, 1000)).toBe(17);
    expect(experimentDays(equal, null)).toBeNull();
    expect(experimentDays(equal, 0)).toBeNull();
  });
});
