import type { WorkshopSummary } from "@/lib/summary/build-summary";
import {
  DATA_QUALITY_LABELS,
  DATA_SOURCE_KIND_LABELS,
  LIFECYCLE_STAGE_LABELS,
  RISK_CATEGORY_LABELS,
  SEVERITY_LABELS,
  TECH_CATEGORY_LABELS,
} from "@/lib/documents/labels";
import { formatSummaryDate } from "@/lib/summary/format-date";
import { placedScenarios } from "./pictures/matrix-picture";
import { abTestText, metricText, riskLine, statusText } from "./text";

export type MarkdownOptions = {
  /** Where the two SVG pictures are, relative to the Markdown file. */
  matrixSvg: string;
  timelineSvg: string;
};

/**
 * Escapes note text for Markdown: backslash-escapes every Markdown punctuation character, turns
 * HTML's `<`, `>` and `&` into entities and newlines into spaces, so a note can neither start a
 * heading, list, table cell, code span, link or image nor inject raw HTML such as `<script>`.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    .replace(/[\\`*_{}[\]()#+\-.!|~=]/g, (char) => `\\${char}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

/** The workshop summary as GitHub-flavoured Markdown, in the summary's section order. */
export function summaryToMarkdown(summary: WorkshopSummary, options: MarkdownOptions): string {
  const e = escapeMarkdown;
  const out: string[] = [];
  const dash = (text: string | null | undefined) => (text ? e(text) : "—");
  out.push(`# ${e(summary.title)}`);
  out.push(
    `*Prepersonalization workshop summary* · ${summary.date ? formatSummaryDate(summary.date) : "No date set"}` +
      (summary.facilitator ? ` · Facilitated by ${e(summary.facilitator)}` : ""),
  );

  out.push("## Objective");
  out.push(
    summary.objective.text ? `> ${e(summary.objective.text)}` : "*No objective written yet.*",
  );
  if (summary.objective.kpis.length > 0) {
    out.push("**Business goals and KPIs**");
    out.push(summary.objective.kpis.map((kpi) => `- ${e(kpi)}`).join("\n"));
  }

  out.push("## Participants");
  out.push(
    summary.participants.people
      .map(
        (person) =>
          `- ${e(person.name)} — ${e(person.functionLabel)}${person.role === "participant" ? "" : ` (${person.role})`}`,
      )
      .join("\n") || "*Nobody on the roster.*",
  );
  if (summary.participants.missingFunctions.length > 0) {
    out.push(`Not represented: ${summary.participants.missingFunctions.map(e).join(", ")}.`);
  }

  out.push("## Data and technology reviewed");
  if (summary.dataSources.length > 0) {
    out.push(
      table(
        ["Data source", "Kind", "Quality", "Legal basis", "Access constraints", "Sensitive"],
        summary.dataSources.map((source) => [
          e(source.name),
          DATA_SOURCE_KIND_LABELS[source.kind],
          DATA_QUALITY_LABELS[source.quality],
          dash(source.legalBasis),
          dash(source.accessConstraints),
          source.sensitive ? "**Sensitive**" : "No",
        ]),
      ),
    );
  } else out.push("*No data sources recorded.*");
  if (summary.techStack.length > 0) {
    out.push(
      `**Tools:** ${summary.techStack.map((tool) => `${e(tool.name)} (${TECH_CATEGORY_LABELS[tool.category]})`).join(", ")}`,
    );
  }

  out.push("## Segments");
  out.push(
    summary.segments
      .map(
        (segment) =>
          `- **${e(segment.name)}** (${LIFECYCLE_STAGE_LABELS[segment.lifecycleStage]}, ${segment.scenarioCount} ${segment.scenarioCount === 1 ? "scenario" : "scenarios"})${segment.description ? ` — ${e(segment.description)}` : ""}`,
      )
      .join("\n") || "*No segments defined.*",
  );

  out.push("## Prioritized scenarios");
  out.push(`![Prioritization matrix](${options.matrixSvg})`);
  const placed = placedScenarios(summary);
  const byText = summary.scenarios.filter((s) => s.quadrant !== null);
  if (placed.length > 0) {
    out.push(
      table(
        ["#", "Scenario", "Segment", "Quadrant", "Value", "Feasibility", "Votes", "Notes"],
        byText.map((scenario, index) => [
          String(index + 1),
          e(scenario.text),
          dash(scenario.segment),
          scenario.quadrantLabel ?? "—",
          scenario.value === null ? "—" : scenario.value.toFixed(2),
          scenario.feasibility === null ? "—" : scenario.feasibility.toFixed(2),
          scenario.votes === null ? "—" : String(scenario.votes),
          [
            scenario.assumption ? "assumption" : "",
            scenario.usesSensitiveData ? "uses sensitive data" : "",
            scenario.author ? `by ${e(scenario.author)}` : "",
          ]
            .filter(Boolean)
            .join("; ") || "—",
        ]),
      ),
    );
  } else out.push("*No scenario has been placed on the matrix yet.*");
  const unplaced = summary.scenarios.filter((s) => s.quadrant === null);
  if (unplaced.length > 0)
    out.push(`Not prioritized: ${unplaced.map((s) => e(s.text)).join("; ")}.`);

  out.push("## Persofails and mitigations");
  if (summary.risksByScenario.length > 0) {
    for (const group of summary.risksByScenario) {
      out.push(`### ${e(group.scenario)}`);
      out.push(
        group.risks
          .map((risk) => {
            const line = riskLine(risk, group.acceptance);
            return `- **${SEVERITY_LABELS[risk.severity]} · ${RISK_CATEGORY_LABELS[risk.category]}:** ${e(risk.description || "Untitled risk")} — ${e(line)}${risk.author ? ` *(raised by ${e(risk.author)})*` : ""}`;
          })
          .join("\n"),
      );
    }
  } else out.push("*No persofails recorded.*");

  out.push("## Roadmap");
  out.push(`![Roadmap timeline](${options.timelineSvg})`);
  if (summary.roadmap.length > 0) {
    out.push(
      table(
        ["#", "Feature", "Owner", "When", "Success metric", "A/B test", "Dependencies", "Status"],
        summary.roadmap.map((item) => [
          String(item.rank),
          e(item.scenario),
          dash(item.owner),
          item.slotLabel ?? "—",
          e(metricText(item)),
          e(abTestText(item)),
          dash(item.dependencies),
          e(statusText(item)),
        ]),
      ),
    );
  } else out.push("*Nothing is on the roadmap yet.*");

  out.push("## Assumptions to validate");
  out.push(
    summary.assumptions
      .map((a) => `- ${e(a.scenario)}${a.segment ? ` (${e(a.segment)})` : ""}`)
      .join("\n") || "*No scenario was flagged as resting on an assumption.*",
  );

  out.push("## Next steps");
  if (summary.nextSteps.length > 0)
    out.push(summary.nextSteps.map((s) => `- ${e(s.text)}`).join("\n"));
  out.push(
    `**Follow-up meeting:** ${summary.followUp.date ? formatSummaryDate(summary.followUp.date) : "not scheduled yet"}`,
  );
  return `${out.join("\n\n")}\n`;
}
