import {
  effectText,
  estimateInputsText,
  estimateMeasurement,
  estimateText,
  formatPercent,
} from "@/lib/method/measurement-plan";
import type { SummaryRoadmapItem, WorkshopSummary } from "./build-summary";
import { formatSummaryDate } from "./format-date";
import { hasMeasurement, type SummaryMeasurement } from "./roadmap-method";
import type { ListItem, SummaryBlock, SummarySection } from "./summary-blocks";

// The summary sections for the method behind each roadmap item: how it will be measured, its
// ethics review and its launch readiness, each answer and tick with who gave it and when, and
// the quality check of its idea.

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

function when(at: string | null): string {
  return at ? formatSummaryDate(at) : "";
}

function ethicsItem(item: SummaryRoadmapItem): ListItem {
  const review = item.ethicsReview;
  const answered = review.answers.filter((answer) => answer.by !== null);
  const status =
    review.status === "complete"
      ? "Review complete."
      : review.status === "not-started"
        ? "Not reviewed yet."
        : `Not complete: ${review.gaps}.`;
  // One item per roadmap item, one line per answer: a paragraph per answer cost the DOCX of a
  // fully reviewed 20-item roadmap about 100 ms more (bench:export, fastest run 423 vs 314 ms).
  return {
    lead: `#${item.rank} ${item.scenario}:`,
    text: status,
    details: answered.map(
      (answer) =>
        `${answer.label}: ${answer.answerLabel} — ${answer.by}, ${when(answer.at)}${answer.note ? `. ${answer.note}` : ""}`,
    ),
    tone: review.answers.some((answer) => answer.answer === "needs-work") ? "risk" : "normal",
  };
}

export function ethicsSection(summary: WorkshopSummary): SummarySection {
  return {
    id: "ethics-review",
    title: "Ethics review",
    blocks: [
      summary.roadmap.length > 0
        ? { kind: "list", items: summary.roadmap.map(ethicsItem) }
        : empty("Nothing is on the roadmap yet."),
    ],
  };
}

function launchItem(item: SummaryRoadmapItem): ListItem {
  const { launch } = item;
  const ticked = launch.checks.filter((check) => check.by !== null);
  const open = launch.checks.filter((check) => check.by === null);
  return {
    lead: `#${item.rank} ${item.scenario}:`,
    text: `${launch.done} of ${launch.total} checks done.`,
    // Two lines, not one per tick: every line is a run in the DOCX, the slowest format.
    details: [
      ...(ticked.length > 0
        ? [`Done: ${ticked.map((c) => `${c.label} (${c.by}, ${when(c.at)})`).join("; ")}`]
        : []),
      ...(open.length > 0 ? [`Open: ${open.map((check) => check.label).join("; ")}`] : []),
    ],
  };
}

export function launchSection(summary: WorkshopSummary): SummarySection {
  return {
    id: "launch-readiness",
    title: "Launch readiness",
    blocks: [
      summary.roadmap.length > 0
        ? { kind: "list", items: summary.roadmap.map(launchItem) }
        : empty("Nothing is on the roadmap yet."),
    ],
  };
}

function qualityItem(item: SummaryRoadmapItem, summary: WorkshopSummary): ListItem {
  const quality = summary.scenarios.find((s) => s.id === item.scenarioId)?.quality;
  return {
    lead: `#${item.rank} ${item.scenario}:`,
    text: quality ? `${quality.met} of ${quality.total} quality criteria met.` : "Not checked.",
    details: quality && quality.open.length > 0 ? [`Not yet: ${quality.open.join("; ")}`] : [],
  };
}

export function qualitySection(summary: WorkshopSummary): SummarySection {
  return {
    id: "quality-check",
    title: "Quality check of the shortlist",
    blocks: [
      summary.roadmap.length > 0
        ? { kind: "list", items: summary.roadmap.map((item) => qualityItem(item, summary)) }
        : empty("Nothing is on the roadmap yet."),
    ],
  };
}
