import type {
  SummaryRisk,
  SummaryRiskAcceptance,
  SummaryRoadmapItem,
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
