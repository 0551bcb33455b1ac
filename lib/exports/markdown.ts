import type { WorkshopSummary } from "@/lib/summary/build-summary";
import { buildSummaryDocument } from "@/lib/summary/build-summary-document";
import type { ListItem, SummaryBlock } from "@/lib/summary/summary-blocks";

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

const e = escapeMarkdown;

function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

function listItem(item: ListItem): string {
  const details = item.details?.length ? ` — ${item.details.map(e).join(" — ")}` : "";
  return `- ${item.lead ? `**${e(item.lead)}** ` : ""}${e(item.text)}${details}`;
}

function block(b: SummaryBlock, options: MarkdownOptions): string {
  switch (b.kind) {
    case "heading":
      return `### ${e(b.text)}`;
    case "paragraph": {
      const label = b.label ? `**${e(b.label.trim())}** ` : "";
      if (b.tone === "empty") return `*${e(b.text)}*`;
      if (b.tone === "lead") return `> ${e(b.text)}`;
      if (b.tone === "strong" && !b.label) return `**${e(b.text)}**`;
      return `${label}${e(b.text)}`;
    }
    case "list":
      return b.items.map(listItem).join("\n");
    case "table":
      return table(
        b.columns.map((c) => c.header),
        b.rows.map((row) => row.map((cell) => (cell ? e(cell) : "—"))),
      );
    case "figure":
      return b.figure === "matrix"
        ? `![Prioritization matrix](${options.matrixSvg})`
        : `![Roadmap timeline](${options.timelineSvg})`;
    case "callout":
      return [`> **${e(b.title)}**`, ...b.lines.map((line) => `> - ${e(line)}`)].join("\n");
  }
}

/** The workshop summary as GitHub-flavoured Markdown, in the summary's section order. */
export function summaryToMarkdown(summary: WorkshopSummary, options: MarkdownOptions): string {
  const document = buildSummaryDocument(summary);
  const out: string[] = [
    `# ${e(document.title)}`,
    `*${e(document.kicker)}* · ${e(document.byline)}`,
  ];
  for (const section of document.sections) {
    out.push(`## ${e(section.title)}`);
    for (const b of section.blocks) out.push(block(b, options));
  }
  return `${out.join("\n\n")}\n`;
}
