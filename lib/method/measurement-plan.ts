import type { Measurement } from "@/lib/documents/records";
import { experimentDays, sampleSize, type SampleSize } from "./sample-size";

// A roadmap item's measurement fields (percentages, as people type them) turned into the
// sample-size estimate, and the wording every view and export shares.

export type MeasurementEstimate =
  { ok: true; size: SampleSize; days: number | null } | { ok: false; reason: string };

/** The sample size and duration for the item's experiment, or why it cannot be computed yet. */
export function estimateMeasurement(measurement: Measurement): MeasurementEstimate {
  const { baselinePercent, effect, effectKind } = measurement;
  if (baselinePercent === null && effect === null) {
    return {
      ok: false,
      reason: "Enter today’s conversion rate and the smallest lift worth detecting.",
    };
  }
  if (baselinePercent === null) return { ok: false, reason: "Enter today’s conversion rate." };
  if (effect === null) return { ok: false, reason: "Enter the smallest lift worth detecting." };
  const size = sampleSize({
    baselineRate: baselinePercent / 100,
    effect: effect / 100,
    effectKind,
    power: measurement.powerPercent / 100,
    alpha: measurement.alphaPercent / 100,
    controlShare: measurement.controlPercent / 100,
  });
  if (!size) {
    return {
      ok: false,
      reason: "With this lift the target rate would pass 100 %: lower the lift.",
    };
  }
  return { ok: true, size, days: experimentDays(size, measurement.dailyTraffic) };
}

/** "5 %" with at most two decimals, trailing zeros dropped. */
export function formatPercent(value: number): string {
  return `${Number(value.toFixed(2)).toLocaleString("en-US")} %`;
}

/** The effect as typed, saying which kind: "+1 point (absolute)" or "+10 % of the baseline (relative)". */
export function effectText(measurement: Pick<Measurement, "effect" | "effectKind">): string {
  const { effect, effectKind } = measurement;
  if (effect === null) return "—";
  const amount = Number(effect.toFixed(2)).toLocaleString("en-US");
  return effectKind === "absolute"
    ? `+${amount} ${effect === 1 ? "point" : "points"} (absolute)`
    : `+${amount} % of the baseline (relative)`;
}

/** One line for tables: "8,158 per group (16,316 in all), 17 days" or the reason it is missing. */
export function estimateText(estimate: MeasurementEstimate): string {
  if (!estimate.ok) return "Not computed yet";
  const { size, days } = estimate;
  const groups =
    size.control === size.treatment
      ? `${size.control.toLocaleString("en-US")} per group`
      : `${size.control.toLocaleString("en-US")} control + ${size.treatment.toLocaleString("en-US")} personalized`;
  const duration =
    days === null
      ? "duration needs daily traffic"
      : `about ${days.toLocaleString("en-US")} ${days === 1 ? "day" : "days"}`;
  return `${groups} (${size.total.toLocaleString("en-US")} in all), ${duration}`;
}

/** The formula's inputs in words, so anyone can redo the calculation. */
export function estimateInputsText(estimate: MeasurementEstimate & { ok: true }): string {
  const { size } = estimate;
  return [
    `baseline ${formatPercent(size.baselineRate * 100)} → target ${formatPercent(size.targetRate * 100)}`,
    `power ${formatPercent(size.power * 100)} (z = ${size.zBeta.toFixed(3)})`,
    `two-sided significance ${formatPercent(size.alpha * 100)} (z = ${size.zAlpha.toFixed(3)})`,
    `control share ${formatPercent(size.controlShare * 100)}`,
  ].join(", ");
}
