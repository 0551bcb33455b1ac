import { SCENARIO_CHANNEL_LABELS, SCENARIO_TECHNIQUE_LABELS } from "@/lib/documents/labels";
import type {
  SummaryRisk,
  SummaryRiskAcceptance,
  SummaryRoadmapItem,
  SummaryScenario,
} from "@/lib/summary/build-summary";
import { formatSummaryDate } from "@/lib/summary/format-date";

// Plain-text cells shared by every export, worded like the summary preview.

export function metricText(item: SummaryRoadmapItem): string {
  const { name, baseline, target } = item.metric;
  if (!name && !baseline && !target) return "—";
  return `${name || "Metric"}: ${baseline || "?"} → ${target || "?"}`;
}

export function abTestText(item: SummaryRoadmapItem): string {
  const { control, durationDays } = item.abTest;
  if (!control && durationDays === null) return "—";
  return `${control ? `Control: ${control}` : "Control not set"}${durationDays !== null ? `; ${durationDays} days` : ""}`;
}

export function statusText(item: SummaryRoadmapItem): string {
  const base = item.ready
    ? "Ready"
    : item.blockedByRisks > 0
      ? "Held by the ethics gate"
      : "Not ready";
  const parts = [base];
  if (item.ready && item.blockedByRisks > 0) {
    parts.push("a high-severity risk raised since needs a mitigation or an acceptance");
  }
  // Items marked ready before the review existed keep their status, and say what is missing.
  if (item.ethicsReview.status !== "complete") {
    parts.push(`ethics review: ${item.ethicsReview.gaps}`);
  }
  if (item.riskAcceptedBy) parts.push(`risk accepted by ${item.riskAcceptedBy.name}`);
  return parts.join("; ");
}

export function riskLine(risk: SummaryRisk, acceptance: SummaryRiskAcceptance | null): string {
  if (risk.mitigated) return `Mitigation: ${risk.mitigation}`;
  if (risk.accepted && acceptance) {
    return `No mitigation. Risk accepted by ${acceptance.name} on ${formatSummaryDate(acceptance.at)}.`;
  }
  return "No mitigation yet.";
}

/** How a scenario reaches people: channel, technique, trigger and data, as one line ("" if none). */
export function scenarioPlanText(
  scenario: Pick<SummaryScenario, "channel" | "technique" | "trigger" | "dataSources">,
): string {
  const parts = [
    scenario.channel ? `Channel: ${SCENARIO_CHANNEL_LABELS[scenario.channel]}` : "",
    scenario.technique ? `Technique: ${SCENARIO_TECHNIQUE_LABELS[scenario.technique]}` : "",
    scenario.trigger ? `Trigger: ${scenario.trigger}` : "",
    scenario.dataSources.length > 0 ? `Data: ${scenario.dataSources.join(", ")}` : "",
  ];
  return parts.filter((part) => part.length > 0).join("; ");
}

/** "3 × +1, 1 question" for a scenario's reactions; "" when it has none. */
export function reactionsText(scenario: Pick<SummaryScenario, "reactions">): string {
  const { plusOne, question } = scenario.reactions;
  const parts = [
    plusOne > 0 ? `${plusOne} × +1` : "",
    question > 0 ? `${question} ${question === 1 ? "question" : "questions"}` : "",
  ];
  return parts.filter((part) => part.length > 0).join(", ");
}
