import { describe, expect, it } from "vitest";
import { abResult, abVerdictText, confidenceOf, formatConfidence } from "./ab-result";

describe("abResult: two-proportion z interval", () => {
  it("matches OpenIntro Statistics' CPR example (§6.2.3): 14/40 vs 11/50 at 90 %", () => {
    // Published: 0.35 − 0.22 = 0.13, SE ≈ 0.095, 90 % CI ≈ (−0.03, 0.29).
    const result = abResult(
      { controlUsers: 50, controlConversions: 11, variantUsers: 40, variantConversions: 14 },
      0.9,
    );
    expect(result).not.toBeNull();
    expect(result?.difference).toBeCloseTo(0.13, 10);
    expect(result?.interval[0]).toBeCloseTo(-0.027077, 5);
    expect(result?.interval[1]).toBeCloseTo(0.287077, 5);
    expect(result?.relativeLift).toBeCloseTo(0.590909, 5);
    expect(result?.verdict).toBe("unclear");
  });

  it("finds a significant gain: 200/2000 vs 250/2000 at 95 %", () => {
    // Hand-computed: SE = √(0.1·0.9/2000 + 0.125·0.875/2000) = 0.0099844, z = 1.959964.
    const result = abResult({
      controlUsers: 2000,
      controlConversions: 200,
      variantUsers: 2000,
      variantConversions: 250,
    });
    expect(result?.interval[0]).toBeCloseTo(0.005431, 5);
    expect(result?.interval[1]).toBeCloseTo(0.044569, 5);
    expect(result?.relativeLift).toBeCloseTo(0.25, 10);
    expect(result?.verdict).toBe("better");
    expect(result && abVerdictText(result)).toBe(
      "Variant 12.5 % vs control 10.0 %: +2.50 pt (+25.0 % relative). The variant converts better: with 95 % confidence the gain is between +0.54 pt and +4.46 pt.",
    );
  });

  it("calls a clear loss a loss", () => {
    const result = abResult({
      controlUsers: 5000,
      controlConversions: 600,
      variantUsers: 5000,
      variantConversions: 480,
    });
    expect(result?.verdict).toBe("worse");
    expect(result && abVerdictText(result)).toMatch(/converts worse/);
  });

  it("says no clear difference when the interval holds zero", () => {
    const result = abResult({
      controlUsers: 1000,
      controlConversions: 100,
      variantUsers: 1000,
      variantConversions: 95,
    });
    expect(result?.interval[0]).toBeCloseTo(-0.031, 5);
    expect(result?.interval[1]).toBeCloseTo(0.021, 5);
    expect(result && abVerdictText(result)).toMatch(/No clear difference yet/);
  });

  it("refuses to judge on too few conversions, and on an empty arm", () => {
    const few = abResult({
      controlUsers: 100,
      controlConversions: 0,
      variantUsers: 100,
      variantConversions: 30,
    });
    expect(few?.tooFewEvents).toBe(true);
    expect(few?.verdict).toBe("unclear");
    expect(few?.relativeLift).toBeNull();
    expect(
      abResult({ controlUsers: 0, controlConversions: 0, variantUsers: 10, variantConversions: 1 }),
    ).toBeNull();
  });

  it("uses the item's significance level: 1 % → a 99 % interval with z = 2.5758", () => {
    const counts = {
      controlUsers: 2000,
      controlConversions: 200,
      variantUsers: 2000,
      variantConversions: 250,
    };
    const result = abResult(counts, confidenceOf(1));
    expect(result?.z).toBeCloseTo(2.575829, 5);
    // 0.025 ± 2.575829 × 0.0099844: the gain is no longer clear at 99 %.
    expect(result?.interval[0]).toBeCloseTo(-0.000718, 5);
    expect(result?.verdict).toBe("unclear");
    expect(abResult(counts)?.z).toBeCloseTo(1.959964, 5);
    expect(formatConfidence(confidenceOf(0.5))).toBe("99.5 %");
  });
});
