import PDFDocument from "pdfkit";
import type { WorkshopSummary } from "@/lib/summary/build-summary";
import { buildSummaryDocument } from "@/lib/summary/build-summary-document";
import type { ListItem, SummaryBlock, TableColumn } from "@/lib/summary/summary-blocks";
import type { ExportFonts } from "./fonts";
import { drawPicture } from "./pdf-picture";
import { registerExportFonts, writeParts, type Doc, type Face, type TextPart } from "./pdf-text";
import { matrixPicture } from "./pictures/matrix-picture";
import type { Picture } from "./pictures/picture";
import { timelinePicture } from "./pictures/timeline-picture";

const MARGIN = 50;
const INK = "#0f172a";
const MUTED = "#475569";
const RULE = "#cbd5e1";
const RISK = "#7f1d1d";
const MATRIX_WIDTH = 340;

type Ctx = { doc: Doc; fonts: ExportFonts; summary: WorkshopSummary };

const bottom = (doc: Doc) => doc.page.height - MARGIN;
const contentWidth = (doc: Doc) => doc.page.width - MARGIN * 2;

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function paragraph(
  ctx: Ctx,
  parts: TextPart[],
  options: { size?: number; color?: string; indent?: number; gap?: number } = {},
): void {
  const { doc, fonts } = ctx;
  const size = options.size ?? 10.5;
  const indent = options.indent ?? 0;
  const width = contentWidth(doc) - indent;
  doc
    .font(parts[0]?.face ?? "regular")
    .fontSize(size)
    .fillColor(options.color ?? INK);
  const text = parts.map((part) => part.text).join("");
  ensureSpace(doc, Math.min(doc.heightOfString(text, { width }), size * 3));
  writeParts(doc, fonts, parts, MARGIN + indent, doc.y, { width });
  doc.fillColor(INK);
  doc.moveDown(options.gap ?? 0.3);
}

function picture(ctx: Ctx, block: { figure: "matrix" | "timeline" }): Picture {
  return block.figure === "matrix" ? matrixPicture(ctx.summary) : timelinePicture(ctx.summary);
}

function figureWidth(doc: Doc, figure: "matrix" | "timeline"): number {
  return figure === "matrix" ? MATRIX_WIDTH : contentWidth(doc);
}

/** The least room a block needs below its heading, so that no heading ends a page alone. */
function minHeight(ctx: Ctx, block: SummaryBlock | undefined): number {
  if (!block) return 0;
  if (block.kind === "figure") {
    const pic = picture(ctx, block);
    return (pic.height * figureWidth(ctx.doc, block.figure)) / pic.width + 8;
  }
  if (block.kind === "table") return 48;
  // A sub-heading keeps with its own first lines, so the section title needs room for both.
  if (block.kind === "heading") return 30 + 36;
  return 36;
}

function heading(ctx: Ctx, text: string, level: 1 | 2, next: SummaryBlock | undefined): void {
  const { doc } = ctx;
  const size = level === 1 ? 15 : 12;
  doc.font("bold").fontSize(size);
  const own =
    doc.heightOfString(text, { width: contentWidth(doc) }) + size * (level === 1 ? 1.4 : 0.8);
  if (doc.y + own + minHeight(ctx, next) > bottom(doc)) doc.addPage();
  else doc.moveDown(level === 1 ? 0.8 : 0.4);
  doc.fillColor(INK);
  writeParts(doc, ctx.fonts, [{ text, face: "bold" }], MARGIN, doc.y, { width: contentWidth(doc) });
  if (level === 1) {
    const y = doc.y + 2;
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + contentWidth(doc), y)
      .lineWidth(0.6)
      .strokeColor(RULE)
      .stroke();
    doc.y = y + 6;
  } else doc.moveDown(0.2);
}

function listItem(ctx: Ctx, item: ListItem): void {
  const color = item.tone === "risk" ? RISK : INK;
  paragraph(
    ctx,
    [
      { text: "•  ", face: "regular", color },
      ...(item.lead ? [{ text: `${item.lead} `, face: "bold" as const, color }] : []),
      { text: item.text, face: "regular", color: INK },
    ],
    { indent: 8, gap: item.details?.length ? 0 : 0.15 },
  );
  item.details?.forEach((line, index) =>
    paragraph(ctx, [{ text: line, face: "regular" }], {
      indent: 20,
      size: 9,
      color: MUTED,
      gap: index === (item.details?.length ?? 0) - 1 ? 0.3 : 0,
    }),
  );
}

function table(ctx: Ctx, columns: TableColumn[], rows: string[][]): void {
  const { doc, fonts } = ctx;
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => (column.weight / total) * contentWidth(doc));
  const pad = 3;
  const size = 8.5;
  const drawRow = (cells: string[], face: Face, fill: string | null) => {
    doc.font(face).fontSize(size);
    const heights = cells.map((cell, i) =>
      doc.heightOfString(cell, { width: (widths[i] ?? 0) - pad * 2 }),
    );
    const height = Math.max(size + 2, ...heights) + pad * 2;
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      if (face !== "bold")
        drawRow(
          columns.map((c) => c.header),
          "bold",
          "#f1f5f9",
        );
      doc.font(face).fontSize(size);
    }
    const top = doc.y;
    if (fill) doc.rect(MARGIN, top, contentWidth(doc), height).fill(fill);
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const width = widths[i] ?? 0;
      doc.fillColor(INK);
      writeParts(doc, fonts, [{ text: cell, face }], x + pad, top + pad, {
        width: width - pad * 2,
      });
      x += width;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + contentWidth(doc), top + height)
      .lineWidth(0.4)
      .strokeColor(RULE)
      .stroke();
    doc.y = top + height;
  };
  ensureSpace(doc, 40);
  drawRow(
    columns.map((c) => c.header),
    "bold",
    "#f1f5f9",
  );
  for (const row of rows) drawRow(row, "regular", null);
  doc.x = MARGIN;
  doc.moveDown(0.6);
}

const PARAGRAPH_STYLE = {
  normal: { face: "regular", size: 10.5, color: INK },
  lead: { face: "regular", size: 12, color: INK },
  muted: { face: "regular", size: 9.5, color: MUTED },
  warning: { face: "regular", size: 10.5, color: "#78350f" },
  empty: { face: "italic", size: 10.5, color: MUTED },
  strong: { face: "bold", size: 10.5, color: INK },
} as const;

function block(ctx: Ctx, b: SummaryBlock, next: SummaryBlock | undefined): void {
  const { doc } = ctx;
  switch (b.kind) {
    case "heading":
      heading(ctx, b.text, 2, next);
      return;
    case "paragraph": {
      const style = PARAGRAPH_STYLE[b.tone];
      paragraph(
        ctx,
        [
          ...(b.label ? [{ text: b.label, face: "bold" as const }] : []),
          { text: b.text, face: style.face },
        ],
        { size: style.size, color: style.color },
      );
      return;
    }
    case "list":
      for (const item of b.items) listItem(ctx, item);
      doc.moveDown(0.2);
      return;
    case "table":
      table(ctx, b.columns, b.rows);
      return;
    case "figure": {
      const pic = picture(ctx, b);
      const width = figureWidth(doc, b.figure);
      const scale = width / pic.width;
      ensureSpace(doc, pic.height * scale);
      const y = doc.y;
      drawPicture(doc, ctx.fonts, pic, { x: MARGIN + (contentWidth(doc) - width) / 2, y, scale });
      doc.x = MARGIN;
      doc.y = y + pic.height * scale + 8;
      return;
    }
    case "callout": {
      ensureSpace(doc, 30 + b.lines.length * 14);
      const top = doc.y;
      paragraph(ctx, [{ text: b.title, face: "bold" }], { color: RISK, indent: 10, gap: 0.1 });
      for (const line of b.lines) {
        paragraph(ctx, [{ text: `•  ${line}`, face: "regular" }], {
          indent: 10,
          size: 9.5,
          gap: 0.1,
        });
      }
      doc
        .moveTo(MARGIN + 2, top)
        .lineTo(MARGIN + 2, doc.y)
        .lineWidth(2)
        .strokeColor(RISK)
        .stroke();
      doc.moveDown(0.4);
      return;
    }
  }
}

export type SummaryToPdfOptions = { fonts: ExportFonts };

/** The workshop summary as a print-quality A4 PDF with embedded, subset fonts and vector pictures. */
export function summaryToPdf(
  summary: WorkshopSummary,
  options: SummaryToPdfOptions,
): Promise<Buffer> {
  const document = buildSummaryDocument(summary);
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    // No default font: PDFKit would load its bundled Helvetica metrics for a string, and a font
    // object here is cached under its PostScript name only, so every later font("regular") missed
    // the cache, opened the font again and compared name tables (a fifth of a 500-note export).
    // The faces are registered by name just below and selected before any text.
    font: null as unknown as string,
    bufferPages: true,
    info: {
      Title: summary.title,
      Subject: "Prepersonalization workshop summary",
      Creator: "Prepersonalize",
    },
    lang: "en",
    displayTitle: true,
  });
  registerExportFonts(doc, options.fonts);
  doc.font("regular");
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const ctx: Ctx = { doc, fonts: options.fonts, summary };

  paragraph(ctx, [{ text: document.kicker.toUpperCase(), face: "bold" }], {
    size: 8,
    color: MUTED,
  });
  paragraph(ctx, [{ text: document.title, face: "bold" }], { size: 22, gap: 0.1 });
  paragraph(ctx, [{ text: document.byline, face: "regular" }], { color: MUTED });
  for (const section of document.sections) {
    heading(ctx, section.title, 1, section.blocks[0]);
    section.blocks.forEach((b, index) => block(ctx, b, section.blocks[index + 1]));
  }

  // Page numbers, once every page exists. The footer sits in the bottom margin: with the margin
  // in force PDFKit would start a new, empty page for it.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc.font("regular").fontSize(8).fillColor(MUTED);
    writeParts(
      ctx.doc,
      ctx.fonts,
      [{ text: `${summary.title} · ${i + 1} / ${range.count}`, face: "regular" }],
      MARGIN,
      doc.page.height - 35,
      {
        width: contentWidth(doc),
        align: "center",
        lineBreak: false,
        height: 10,
      },
    );
  }
  doc.end();
  return done;
}
