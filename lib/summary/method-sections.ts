import {
  effectText,
  estimateInputsText,
  estimateMeasurement,
  estimateText,
  formatPercent,
} from "@/lib/method/measurement-plan";
import type { SummaryRoadmapItem, WorkshopSummary } from "./build-summary";
import { hasMeasurement, type SummaryMeasurement } from "./roadmap-method";
import type { ListItem, SummaryBlock, SummarySection } from "./summary-blocks";

// The summary sections for the method behind each roadmap item: how it will be measured.

const empty = (text: string): SummaryBlock => ({ kind: "paragraph", tone: "empty", text });

/** "Sample size: …" and "Inputs: …" for one item, recomputed from the summary's own values. */
export function measurementEstimateLines(measurement: SummaryMeasurement): string[] {
  const estimate = estimateMeasurement({ ...measurement, kpiId: null });
  if (!estimate.ok) return [`Sample size: not computed yet. ${estimate.reason}`];
  return [`Sample size: ${estimateText(estimate)}.`, `Inputs: ${estimateInputsText(estimate)}.`];
}

function measurementItem(item: SummaryRoadmapItem): ListItem {
  const m = item.measurement;
  const metric = item.metric.name || "Primary metric not named";
  const design = [
    m.baselinePercent !== null ? `rate today ${formatPercent(m.baselinePercent)}` : null,
    m.effect !== null ? `smallest lift ${effectText(m)}` : null,
    `holdout ${formatPercent(m.controlPercent)}`,
    m.dailyTraffic !== null
      ? `${m.dailyTraffic.toLocaleString("en-US")} eligible visitors a day`
      : null,
  ].filter((part): part is string => part !== null);
  return {
    lead: `#${item.rank} ${item.scenario}:`,
    text: `${metric}${m.kpi ? ` (KPI: ${m.kpi})` : " (not linked to a KPI)"}; guardrail: ${m.guardrail || "none named"}.`,
    details: [
      `Design: ${design.join(", ")}.`,
      ...measurementEstimateLines(m),
      ...(m.attribution ? [`Attribution: ${m.attribution}`] : []),
    ],
  };
}

export function measurementSection(summary: WorkshopSummary): SummarySection {
  const measured = summary.roadmap.filter((item) => hasMeasurement(item.measurement));
  return {
    id: "measurement-plan",
    title: "Measurement plan",
    blocks: [
      measured.length > 0
        ? { kind: "list", items: measured.map(measurementItem) }
        : empty("No roadmap item has a measurement plan yet."),
    ],
  };
}
