import { RISK_CATEGORY_LABELS, SEVERITY_LABELS } from "@/lib/documents/labels";
import type { WorkshopSummary } from "./build-summary";
import { formatSummaryDate } from "./format-date";
import type { SummarySection } from "./summary-blocks";
import { metricText } from "./summary-text";

/** How many roadmap items and risks the one-screen summary names; the sections list the rest. */
const TOP_ITEMS = 5;
const TOP_RISKS = 3;
const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** The one-screen summary stakeholders read first: what, who and when, what could go wrong. */
export function executiveSummarySection(summary: WorkshopSummary): SummarySection {
  const items = summary.roadmap.slice(0, TOP_ITEMS);
  const risks = summary.risksByScenario
    .flatMap((group) => group.risks.map((risk) => ({ risk, scenario: group.scenario })))
    // Open risks before handled ones, then by severity; the sort is stable, so board order breaks ties.
    .sort(
      (a, b) =>
        Number(a.risk.mitigated || a.risk.accepted) - Number(b.risk.mitigated || b.risk.accepted) ||
        SEVERITY_ORDER[a.risk.severity] - SEVERITY_ORDER[b.risk.severity],
    )
    .slice(0, TOP_RISKS);
  const more = summary.roadmap.length - items.length;
  return {
    id: "executive-summary",
    title: "Executive summary",
    blocks: [
      summary.objective.text
        ? { kind: "paragraph", tone: "lead", text: summary.objective.text }
        : { kind: "paragraph", tone: "empty", text: "No objective written yet." },
      items.length > 0
        ? {
            kind: "table",
            caption: "What we build first",
            columns: [
              { header: "#", weight: 0.5 },
              { header: "Feature", weight: 4 },
              { header: "Owner", weight: 1.8 },
              { header: "When", weight: 1.4 },
              { header: "Success metric", weight: 3 },
            ],
            rows: items.map((item) => [
              String(item.rank),
              item.scenario,
              item.owner ?? "No owner yet",
              item.slotLabel ?? "Not scheduled",
              metricText(item),
            ]),
          }
        : { kind: "paragraph", tone: "empty", text: "Nothing is on the roadmap yet." },
      ...(more > 0
        ? [
            {
              kind: "paragraph" as const,
              tone: "muted" as const,
              text: `${more} more ${more === 1 ? "item is" : "items are"} in the roadmap below.`,
            },
          ]
        : []),
      risks.length > 0
        ? {
            kind: "callout",
            title: "Top risks",
            lines: risks.map(
              ({ risk, scenario }) =>
                `${SEVERITY_LABELS[risk.severity]} · ${RISK_CATEGORY_LABELS[risk.category]}: ${risk.description || "Untitled risk"} (${scenario}). ${risk.mitigated ? "Mitigated." : risk.accepted ? "Accepted without mitigation." : "No mitigation yet."}`,
            ),
          }
        : { kind: "paragraph", tone: "muted", text: "No risks were recorded." },
      {
        kind: "paragraph",
        tone: "strong",
        label: "Next meeting: ",
        text: summary.followUp.date
          ? `${formatSummaryDate(summary.followUp.date)}, to review progress on the roadmap`
          : "not scheduled yet",
      },
    ],
  };
}
