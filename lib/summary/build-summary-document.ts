import {
  DATA_QUALITY_LABELS,
  DATA_SOURCE_KIND_LABELS,
  DATA_SOURCE_ORIGIN_LABELS,
  IDENTITY_RESOLUTION_LABELS,
  LIFECYCLE_STAGE_LABELS,
  RISK_CATEGORY_LABELS,
  SEVERITY_LABELS,
  TECH_CATEGORY_LABELS,
} from "@/lib/documents/labels";
import type { WorkshopSummary } from "./build-summary";
import { executiveSummarySection } from "./executive-summary";
import {
  ethicsSection,
  launchSection,
  measurementSection,
  qualitySection,
} from "./method-sections";
import { formatSummaryDate } from "./format-date";
import { progressSection } from "@/lib/follow-up/summary-progress";
import type { SummaryBlock, SummaryDocumentModel, SummarySection } from "./summary-blocks";
import {
  abTestText,
  metricText,
  reactionsText,
  riskLine,
  scenarioPlanText,
  statusText,
} from "./summary-text";

const empty = (text: string): SummaryBlock => ({ kind: "paragraph", tone: "empty", text });

function section(title: string, blocks: (SummaryBlock | null)[]): SummarySection {
  return {
    id: title.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    title,
    blocks: blocks.filter((block): block is SummaryBlock => block !== null),
  };
}

function scenariosSection(summary: WorkshopSummary): SummarySection {
  const placed = summary.scenarios.filter((s) => s.quadrant !== null);
  const unplaced = summary.scenarios.filter((s) => s.quadrant === null);
  const voted = summary.scenarios.some((s) => s.votes !== null);
  // Rank and quadrant only: the exact drop position is noise, and stays in the JSON export.
  return section("Prioritized scenarios", [
    { kind: "figure", figure: "matrix" },
    placed.length > 0
      ? {
          kind: "table",
          caption: "Prioritized scenarios",
          columns: [
            { header: "Rank", weight: 0.8 },
            { header: "Scenario", weight: 6 },
            { header: "Segment", weight: 2.5 },
            { header: "Quadrant", weight: 2 },
            ...(voted ? [{ header: "Votes", weight: 1 }] : []),
          ],
          rows: placed.map((s, index) => [
            String(index + 1),
            [
              s.text,
              s.assumption ? " (assumption)" : "",
              s.usesSensitiveData ? " (uses sensitive data)" : "",
              s.author ? ` — by ${s.author}` : "",
              scenarioPlanText(s) ? `. ${scenarioPlanText(s)}` : "",
              reactionsText(s) ? `. Reactions: ${reactionsText(s)}` : "",
              s.sameIdeaAs ? `. Same idea as “${s.sameIdeaAs}”` : "",
              s.dataGap ? `. ${s.dataGap}` : "",
            ].join(""),
            s.segment ?? "—",
            s.quadrantLabel ?? "—",
            ...(voted ? [String(s.votes ?? 0)] : []),
          ]),
        }
      : empty("No scenario has been placed on the matrix yet."),
    unplaced.length > 0
      ? {
          kind: "paragraph",
          tone: "muted",
          text: `Not prioritized: ${unplaced.map((s) => s.text).join("; ")}.`,
        }
      : null,
  ]);
}

function risksSection(summary: WorkshopSummary): SummarySection {
  if (summary.risksByScenario.length === 0) {
    return section("Persofails and mitigations", [empty("No persofails recorded.")]);
  }
  return section(
    "Persofails and mitigations",
    summary.risksByScenario.flatMap((group): SummaryBlock[] => [
      { kind: "heading", text: group.scenario },
      {
        kind: "list",
        items: group.risks.map((risk) => ({
          lead: `${SEVERITY_LABELS[risk.severity]} · ${RISK_CATEGORY_LABELS[risk.category]}:`,
          text: risk.description || "Untitled risk",
          details: [
            riskLine(risk, group.acceptance),
            ...(risk.author ? [`raised by ${risk.author}`] : []),
          ],
          tone: "risk",
        })),
      },
    ]),
  );
}

/** The summary as sections of blocks, in reading order: what every format draws. */
export function buildSummaryDocument(summary: WorkshopSummary): SummaryDocumentModel {
  const followUp = summary.followUp.date
    ? formatSummaryDate(summary.followUp.date)
    : "not scheduled yet";
  return {
    kicker: "Prepersonalization workshop · summary",
    title: summary.title,
    byline: `${summary.date ? formatSummaryDate(summary.date) : "No date set"}${summary.facilitator ? ` · Facilitated by ${summary.facilitator}` : ""}`,
    sections: [
      executiveSummarySection(summary),
      section("Objective", [
        summary.objective.text
          ? { kind: "paragraph", tone: "lead", text: summary.objective.text }
          : empty("No objective written yet."),
        summary.objective.kpis.length > 0
          ? { kind: "paragraph", tone: "strong", text: "Business goals and KPIs" }
          : null,
        summary.objective.kpis.length > 0
          ? { kind: "list", items: summary.objective.kpis.map((text) => ({ text })) }
          : null,
      ]),
      section("Participants", [
        summary.participants.people.length > 0
          ? {
              kind: "list",
              items: summary.participants.people.map((p) => ({
                text: `${p.name} — ${p.functionLabel}${p.role === "participant" ? "" : ` (${p.role})`}`,
              })),
            }
          : empty("Nobody on the roster."),
        summary.participants.missingFunctions.length > 0
          ? {
              kind: "paragraph",
              tone: "warning",
              text: `Not represented: ${summary.participants.missingFunctions.join(", ")}.`,
            }
          : null,
      ]),
      section("Data and technology reviewed", [
        summary.dataSources.length > 0
          ? {
              kind: "table",
              caption: "Data sources",
              columns: [
                { header: "Data source", weight: 3 },
                { header: "Kind", weight: 2 },
                { header: "Origin", weight: 2 },
                { header: "Quality", weight: 1.3 },
                { header: "Legal basis", weight: 2 },
                { header: "Access constraints", weight: 3 },
                { header: "Sensitive", weight: 1.3 },
              ],
              rows: summary.dataSources.map((s) => [
                s.name,
                DATA_SOURCE_KIND_LABELS[s.kind],
                DATA_SOURCE_ORIGIN_LABELS[s.origin],
                DATA_QUALITY_LABELS[s.quality],
                s.legalBasis || "—",
                s.accessConstraints || "—",
                s.sensitive ? "Sensitive" : "No",
              ]),
            }
          : empty("No data sources recorded."),
        {
          kind: "paragraph",
          tone: "normal",
          label: "Identity resolution: ",
          text: `${IDENTITY_RESOLUTION_LABELS[summary.identityResolution.status]}${summary.identityResolution.note ? `. ${summary.identityResolution.note}` : ""}`,
        },
        summary.techStack.length > 0
          ? {
              kind: "paragraph",
              tone: "normal",
              label: "Tools: ",
              text: summary.techStack
                .map((t) => `${t.name} (${TECH_CATEGORY_LABELS[t.category]})`)
                .join(", "),
            }
          : null,
      ]),
      section("Segments", [
        summary.segments.length > 0
          ? {
              kind: "list",
              items: summary.segments.map((s) => ({
                lead: s.name,
                text: `(${LIFECYCLE_STAGE_LABELS[s.lifecycleStage]}, ${s.scenarioCount} ${s.scenarioCount === 1 ? "scenario" : "scenarios"})${s.description ? ` — ${s.description}` : ""}`,
              })),
            }
          : empty("No segments defined."),
      ]),
      scenariosSection(summary),
      risksSection(summary),
      section("Roadmap", [
        { kind: "figure", figure: "timeline" },
        summary.roadmap.length > 0
          ? {
              kind: "table",
              caption: "Roadmap",
              columns: [
                { header: "#", weight: 0.5 },
                { header: "Feature", weight: 3.2 },
                { header: "Owner", weight: 1.6 },
                { header: "When", weight: 1.3 },
                { header: "Success metric", weight: 2.4 },
                { header: "A/B test", weight: 2.2 },
                { header: "Dependencies", weight: 2 },
                { header: "Status", weight: 1.8 },
              ],
              rows: summary.roadmap.map((item) => [
                String(item.rank),
                item.scenario,
                item.owner ?? "—",
                item.slotLabel ?? "—",
                metricText(item),
                abTestText(item),
                item.dependencies || "—",
                statusText(item),
              ]),
            }
          : empty("Nothing is on the roadmap yet."),
      ]),
      qualitySection(summary),
      measurementSection(summary),
      ethicsSection(summary),
      launchSection(summary),
      ...(summary.progress ? [progressSection(summary.progress)] : []),
      section("Assumptions to validate", [
        summary.assumptions.length > 0
          ? {
              kind: "list",
              items: summary.assumptions.map((a) => ({
                text: `${a.scenario}${a.segment ? ` (${a.segment})` : ""}`,
              })),
            }
          : empty("No scenario was flagged as resting on an assumption."),
      ]),
      // The meeting first: as the document's last line it ended up alone on a page.
      section("Next steps", [
        { kind: "paragraph", tone: "strong", label: "Follow-up meeting: ", text: followUp },
        summary.nextSteps.length > 0
          ? { kind: "list", items: summary.nextSteps.map((s) => ({ text: s.text })) }
          : null,
      ]),
    ],
  };
}
