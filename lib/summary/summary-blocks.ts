// The summary as a document: sections of blocks, built once (build-summary-document.ts) and drawn
// by every format (web page, PDF, DOCX, Markdown). Blocks carry plain text; each renderer escapes
// and styles it, so a new section or wording is one edit.

/** How a paragraph reads: "empty" is an empty-state text, "lead" the objective statement. */
export type ParagraphTone = "normal" | "lead" | "muted" | "warning" | "empty" | "strong";

export type ListItem = {
  /** Bold opening words ("High · Privacy:"), when the item has them. */
  lead?: string;
  text: string;
  /** Further lines under the item (mitigation, who raised it). */
  details?: string[];
  tone?: "normal" | "risk";
};

export type TableColumn = { header: string; weight: number };

export type SummaryBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string; tone: ParagraphTone; label?: string }
  | { kind: "list"; items: ListItem[] }
  | { kind: "table"; caption: string; columns: TableColumn[]; rows: string[][] }
  | { kind: "figure"; figure: "matrix" | "timeline" }
  | { kind: "callout"; title: string; lines: string[] };

export type SummarySection = { id: string; title: string; blocks: SummaryBlock[] };

export type SummaryDocumentModel = {
  kicker: string;
  title: string;
  byline: string;
  sections: SummarySection[];
};
