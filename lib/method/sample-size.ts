import { errorFunction, probit } from "simple-statistics";

// The standard two-proportion power calculation (normal approximation, pooled variance under the
// null, as in Fleiss' formula and R's power.prop.test), for a test of a personalized experience
// against a control or holdout group.

export const DEFAULT_POWER = 0.8;
export const DEFAULT_ALPHA = 0.05;

export type EffectKind = "absolute" | "relative";

export type SampleSizeInput = {
  /** Conversion rate of the control group today, as a fraction (0.05 for 5 %). */
  baselineRate: number;
  /**
   * The smallest change worth detecting: fraction points when absolute (0.01 is +1 point),
   * a fraction of the baseline when relative (0.1 is +10 %).
   */
  effect: number;
  effectKind: EffectKind;
  /** Chance of detecting the effect when it is real; 0.8 by default. */
  power?: number;
  /** Two-sided significance level; 0.05 by default. */
  alpha?: number;
  /** Share of the traffic kept as control or holdout; 0.5 (equal arms) by default. */
  controlShare?: number;
};

export type SampleSize = {
  baselineRate: number;
  targetRate: number;
  power: number;
  alpha: number;
  controlShare: number;
  /** z for 1 − alpha/2 and for the power. */
  zAlpha: number;
  zBeta: number;
  /** People needed in the control group and in the personalized group. */
  control: number;
  treatment: number;
  total: number;
};

function normalCdf(x: number): number {
  return 0.5 * (1 + errorFunction(x / Math.SQRT2));
}

/**
 * The standard normal quantile. simple-statistics' probit is only good to about 3 decimals
 * (probit(0.975) = 1.9572 instead of 1.95996, which moves the 5 % / +1 pt case from 8,158 to
 * 8,141 per arm), so two Newton steps against its much closer errorFunction sharpen it to 1e-7.
 */
export function normalQuantile(p: number): number {
  let x = probit(p);
  for (let step = 0; step < 2; step++) {
    const density = Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
    x -= (normalCdf(x) - p) / density;
  }
  return x;
}

function isFraction(value: number): boolean {
  return Number.isFinite(value) && value > 0 && value < 1;
}

/** The rate the personalized group would reach with exactly the minimum detectable effect. */
export function targetRateOf(
  input: Pick<SampleSizeInput, "baselineRate" | "effect" | "effectKind">,
): number {
  return input.effectKind === "absolute"
    ? input.baselineRate + input.effect
    : input.baselineRate * (1 + input.effect);
}

/**
 * People needed per group to detect the effect, or null when the inputs cannot describe an
 * experiment (a rate outside 0–100 %, no effect, a share of 0 or 100 %). With a control share
 * other than one half, the groups differ in size: n₁ = [z_α·√(p̄q̄(1 + 1/k)) + z_β·√(p₁q₁ + p₂q₂/k)]² / Δ²
 * with k = treatment / control and p̄ the traffic-weighted rate; k = 1 is the usual equal-arms formula.
 */
export function sampleSize(input: SampleSizeInput): SampleSize | null {
  const power = input.power ?? DEFAULT_POWER;
  const alpha = input.alpha ?? DEFAULT_ALPHA;
  const controlShare = input.controlShare ?? 0.5;
  const p1 = input.baselineRate;
  const p2 = targetRateOf(input);
  if (!isFraction(p1) || !isFraction(p2) || p1 === p2) return null;
  if (!isFraction(power) || !isFraction(alpha) || !isFraction(controlShare)) return null;
  const k = (1 - controlShare) / controlShare;
  const zAlpha = normalQuantile(1 - alpha / 2);
  const zBeta = normalQuantile(power);
  const pooled = (p1 + k * p2) / (1 + k);
  const null_ = zAlpha * Math.sqrt(pooled * (1 - pooled) * (1 + 1 / k));
  const alternative = zBeta * Math.sqrt(p1 * (1 - p1) + (p2 * (1 - p2)) / k);
  const exact = (null_ + alternative) ** 2 / (p2 - p1) ** 2;
  const control = Math.ceil(exact);
  const treatment = Math.ceil(exact * k);
  return {
    baselineRate: p1,
    targetRate: p2,
    power,
    alpha,
    controlShare,
    zAlpha,
    zBeta,
    control,
    treatment,
    total: control + treatment,
  };
}

/** Power of the equal-arms test with `perArm` people in each group (R's power.prop.test). */
export function powerOf(options: {
  perArm: number;
  p1: number;
  p2: number;
  alpha?: number;
}): number {
  const { perArm, p1, p2 } = options;
  const zAlpha = normalQuantile(1 - (options.alpha ?? DEFAULT_ALPHA) / 2);
  const pooled = (p1 + p2) / 2;
  const spread = Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  const shift = Math.abs(p2 - p1) * Math.sqrt(perArm);
  return normalCdf((shift - zAlpha * Math.sqrt(2 * pooled * (1 - pooled))) / spread);
}

/**
 * Days until both groups are big enough when `dailyTraffic` eligible people arrive each day and
 * the split follows the control share; null without traffic.
 */
export function experimentDays(size: SampleSize, dailyTraffic: number | null): number | null {
  if (dailyTraffic === null || !Number.isFinite(dailyTraffic) || dailyTraffic <= 0) return null;
  const controlDays = size.control / (dailyTraffic * size.controlShare);
  const treatmentDays = size.treatment / (dailyTraffic * (1 - size.controlShare));
  return Math.ceil(Math.max(controlDays, treatmentDays));
}
