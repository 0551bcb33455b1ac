import type { EffectKind, Kpi, Measurement } from "@/lib/documents/records";
import { estimateMeasurement } from "@/lib/method/measurement-plan";

// The method parts of a roadmap item (measurement so far) as the summary model carries them:
// plain values, with the sample-size estimate already computed so every format shows the same.

export type SummaryMeasurement = {
  /** The linked step-2 KPI's text; null when not linked (or the KPI was removed). */
  kpi: string | null;
  guardrail: string;
  baselinePercent: number | null;
  effect: number | null;
  effectKind: EffectKind;
  controlPercent: number;
  dailyTraffic: number | null;
  powerPercent: number;
  alphaPercent: number;
  attribution: string;
  /** null until the rate today and the smallest lift are set. */
  estimate: { control: number; treatment: number; total: number; days: number | null } | null;
};

function clean(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

export function summarizeMeasurement(
  measurement: Measurement,
  kpis: readonly Pick<Kpi, "id" | "text">[],
): SummaryMeasurement {
  const kpi = kpis.find((candidate) => candidate.id === measurement.kpiId);
  const estimate = estimateMeasurement(measurement);
  return {
    kpi: kpi ? clean(kpi.text) || null : null,
    guardrail: clean(measurement.guardrail),
    baselinePercent: measurement.baselinePercent,
    effect: measurement.effect,
    effectKind: measurement.effectKind,
    controlPercent: measurement.controlPercent,
    dailyTraffic: measurement.dailyTraffic,
    powerPercent: measurement.powerPercent,
    alphaPercent: measurement.alphaPercent,
    attribution: clean(measurement.attribution),
    estimate: estimate.ok
      ? {
          control: estimate.size.control,
          treatment: estimate.size.treatment,
          total: estimate.size.total,
          days: estimate.days,
        }
      : null,
  };
}

/** Whether anyone has filled in any part of the measurement. */
export function hasMeasurement(measurement: SummaryMeasurement): boolean {
  return (
    measurement.kpi !== null ||
    measurement.guardrail !== "" ||
    measurement.baselinePercent !== null ||
    measurement.effect !== null ||
    measurement.dailyTraffic !== null ||
    measurement.attribution !== ""
  );
}
