import { normalQuantile } from "@/lib/method/sample-size";
import type { AbCounts } from "./progress-records";

// The observed result of an A/B test: the difference between the variant's and the control's
// conversion rates with a two-proportion z (Wald) interval,
//   (p̂_v − p̂_c) ± z_{1−α/2} · √( p̂_c(1 − p̂_c)/n_c + p̂_v(1 − p̂_v)/n_v ),
// the interval taught with this formula in OpenIntro Statistics (4th ed., §6.2.3) and the one R's
// prop.test(correct = FALSE) reports. Relative lift is the difference over the control's rate.

export type AbVerdict = "better" | "worse" | "unclear";

export type AbResult = {
  controlRate: number;
  variantRate: number;
  /** Variant minus control, as a fraction (0.025 = +2.5 percentage points). */
  difference: number;
  /** Difference over the control's rate (0.25 = +25 %); null when the control never converted. */
  relativeLift: number | null;
  /** The difference's confidence interval, as fractions. */
  interval: readonly [number, number];
  confidence: number;
  /** The normal quantile the interval used (1.96 at 95 %). */
  z: number;
  verdict: AbVerdict;
  /**
   * Fewer than 5 conversions or 5 non-conversions in an arm: the normal approximation behind
   * the interval does not hold, so the verdict says to wait for more data.
   */
  tooFewEvents: boolean;
};

/** Lift and interval of observed counts; null when an arm has nobody in it yet. */
export function abResult(counts: AbCounts, confidence = 0.95): AbResult | null {
  const {
    controlUsers: nc,
    controlConversions: xc,
    variantUsers: nv,
    variantConversions: xv,
  } = counts;
  if (nc === 0 || nv === 0 || !(confidence > 0 && confidence < 1)) return null;
  const pc = xc / nc;
  const pv = xv / nv;
  const difference = pv - pc;
  const standardError = Math.sqrt((pc * (1 - pc)) / nc + (pv * (1 - pv)) / nv);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const interval = [difference - z * standardError, difference + z * standardError] as const;
  const tooFewEvents = [xc, nc - xc, xv, nv - xv].some((count) => count < 5);
  const verdict: AbVerdict =
    tooFewEvents || (interval[0] <= 0 && interval[1] >= 0)
      ? "unclear"
      : interval[0] > 0
        ? "better"
        : "worse";
  return {
    controlRate: pc,
    variantRate: pv,
    difference,
    relativeLift: pc > 0 ? difference / pc : null,
    interval,
    confidence,
    z,
    verdict,
    tooFewEvents,
  };
}

/** A difference in percentage points, signed: "+2.50 pt", "−0.31 pt". */
export function formatPoints(fraction: number): string {
  const sign = fraction > 0 ? "+" : fraction < 0 ? "−" : "";
  return `${sign}${Math.abs(fraction * 100).toFixed(2)} pt`;
}

/** A relative lift, signed: "+25.0 %". */
export function formatRelative(fraction: number): string {
  return `${fraction >= 0 ? "+" : "−"}${Math.abs(fraction * 100).toFixed(1)} %`;
}

/** "95 %", "99.5 %". */
export function formatConfidence(confidence: number): string {
  return `${Number((confidence * 100).toFixed(1))} %`;
}

/** The confidence level of an item's test: one minus its significance level (5 % → 95 %). */
export function confidenceOf(alphaPercent: number): number {
  return 1 - alphaPercent / 100;
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)} %`;
}

/** The result in plain words, e.g. for the follow-up view and the documents' Progress section. */
export function abVerdictText(result: AbResult): string {
  const confidence = formatConfidence(result.confidence);
  const [low, high] = result.interval.map(formatPoints);
  const range = `${low} to ${high}`;
  const lift =
    result.relativeLift === null ? "" : ` (${formatRelative(result.relativeLift)} relative)`;
  const observed = `Variant ${percent(result.variantRate)} vs control ${percent(result.controlRate)}: ${formatPoints(result.difference)}${lift}`;
  if (result.tooFewEvents) {
    return `${observed}. Too few conversions in one group to judge yet: keep the test running.`;
  }
  if (result.verdict === "better") {
    return `${observed}. The variant converts better: with ${confidence} confidence the gain is between ${low} and ${high}.`;
  }
  if (result.verdict === "worse") {
    return `${observed}. The variant converts worse: with ${confidence} confidence the change is between ${low} and ${high}.`;
  }
  return `${observed}. No clear difference yet: the ${confidence} interval (${range}) includes zero.`;
}
