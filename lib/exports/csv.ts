import type { WorkshopSummary } from "@/lib/summary/build-summary";
import { abTestText, statusText } from "@/lib/summary/summary-text";

/**
 * One RFC 4180 field: quoted when it holds a comma, quote, or line break (quotes doubled). A
 * leading =, +, - or @ gets an apostrophe so spreadsheets do not run it as a formula.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: (string | number | boolean | null)[][]): string {
  // CRLF line ends and a BOM: what RFC 4180 says and what Excel needs to read UTF-8.
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** Every scenario, prioritized ones first, with its matrix position and flags. */
export function scenariosToCsv(summary: WorkshopSummary): string {
  return csv([
    [
      "rank",
      "scenario",
      "segment",
      "quadrant",
      "value",
      "feasibility",
      "score",
      "votes",
      "assumption",
      "channel",
      "technique",
      "trigger",
      "data_sources",
      "data_gap",
      "plus_ones",
      "questions",
      "same_idea_as",
      "uses_sensitive_data",
      "on_roadmap",
      "risks",
      "author",
      "quality_met",
      "quality_total",
      "quality_open",
    ],
    ...summary.scenarios.map((s, index) => [
      s.score === null ? null : index + 1,
      s.text,
      s.segment,
      s.quadrantLabel,
      s.value,
      s.feasibility,
      s.score === null ? null : Number(s.score.toFixed(4)),
      s.votes,
      s.assumption,
      s.channel,
      s.technique,
      s.trigger,
      s.dataSources.join("; "),
      s.dataGap,
      s.reactions.plusOne,
      s.reactions.question,
      s.sameIdeaAs,
      s.usesSensitiveData,
      s.onRoadmap,
      s.riskCount,
      s.author,
      s.quality.met,
      s.quality.total,
      s.quality.open.join("; "),
    ]),
  ]);
}

/** The roadmap table, one item a row, in rank order. */
export function roadmapToCsv(summary: WorkshopSummary): string {
  return csv([
    [
      "rank",
      "feature",
      "owner",
      "slot",
      "when",
      "metric",
      "baseline",
      "target",
      "ab_test",
      "ab_control",
      "ab_duration_days",
      "dependencies",
      "ready",
      "status",
      "primary_kpi",
      "guardrail",
      "baseline_rate_percent",
      "minimum_detectable_effect",
      "effect_kind",
      "holdout_percent",
      "eligible_visitors_per_day",
      "power_percent",
      "significance_percent",
      "sample_control",
      "sample_personalized",
      "estimated_days",
      "attribution",
      "ethics_review",
      "ethics_answers",
      "launch_checks_done",
      "launch_checks",
    ],
    ...summary.roadmap.map((item) => [
      item.rank,
      item.scenario,
      item.owner,
      item.slot,
      item.slotLabel,
      item.metric.name,
      item.metric.baseline,
      item.metric.target,
      abTestText(item),
      item.abTest.control,
      item.abTest.durationDays,
      item.dependencies,
      item.ready,
      statusText(item),
      item.measurement.kpi,
      item.measurement.guardrail,
      item.measurement.baselinePercent,
      item.measurement.effect,
      item.measurement.effectKind,
      item.measurement.controlPercent,
      item.measurement.dailyTraffic,
      item.measurement.powerPercent,
      item.measurement.alphaPercent,
      item.measurement.estimate?.control ?? null,
      item.measurement.estimate?.treatment ?? null,
      item.measurement.estimate?.days ?? null,
      item.measurement.attribution,
      item.ethicsReview.gaps,
      item.ethicsReview.answers
        .map(
          (a) => `${a.label}: ${a.answerLabel}${a.by ? ` (${a.by}, ${a.at?.slice(0, 10)})` : ""}`,
        )
        .join("; "),
      `${item.launch.done}/${item.launch.total}`,
      item.launch.checks
        .map((c) => `${c.label}: ${c.by ? `${c.by}, ${c.at?.slice(0, 10)}` : "open"}`)
        .join("; "),
    ]),
  ]);
}
