import PDFDocument from "pdfkit";
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
import type { ExportFonts } from "./fonts";
import { matrixPicture } from "./pictures/matrix-picture";
import type { Picture } from "./pictures/picture";
import { timelinePicture } from "./pictures/timeline-picture";
import { abTestText, metricText, riskLine, statusText } from "./text";

type Doc = PDFKit.PDFDocument;

const MARGIN = 50;
const INK = "#0f172a";
const MUTED = "#475569";
const RULE = "#cbd5e1";

type Face = "regular" | "bold" | "italic";

function bottom(doc: Doc): number {
  return doc.page.height - MARGIN;
}

function contentWidth(doc: Doc): number {
  return doc.page.width - MARGIN * 2;
}

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function paragraph(
  doc: Doc,
  text: string,
  options: { face?: Face; size?: number; color?: string; indent?: number; gap?: number } = {},
): void {
  const size = options.size ?? 10.5;
  const indent = options.indent ?? 0;
  doc
    .font(options.face ?? "regular")
    .fontSize(size)
    .fillColor(options.color ?? INK);
  const width = contentWidth(doc) - indent;
  ensureSpace(doc, Math.min(doc.heightOfString(text, { width }), size * 3));
  doc.text(text, MARGIN + indent, doc.y, { width });
  doc.moveDown(options.gap ?? 0.3);
}

function heading(doc: Doc, text: string, level: 1 | 2 = 1): void {
  const size = level === 1 ? 15 : 12;
  ensureSpace(doc, size * 4);
  doc.moveDown(level === 1 ? 0.8 : 0.4);
  doc.font("bold").fontSize(size).fillColor(INK);
  doc.text(text, MARGIN, doc.y, { width: contentWidth(doc) });
  if (level === 1) {
    const y = doc.y + 2;
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + contentWidth(doc), y)
      .lineWidth(0.6)
      .strokeColor(RULE)
      .stroke();
    doc.y = y + 6;
  } else {
    doc.moveDown(0.2);
  }
}

function bullets(doc: Doc, items: string[]): void {
  for (const item of items) paragraph(doc, `•  ${item}`, { indent: 8, gap: 0.15 });
  doc.moveDown(0.2);
}

type Column = { header: string; weight: number };

function table(doc: Doc, columns: Column[], rows: string[][]): void {
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
      doc.fillColor(INK).text(cell, x + pad, top + pad, { width: width - pad * 2 });
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

/** Draws a picture as PDF vector paths and text, scaled to `width`, at the current position. */
function picture(doc: Doc, pic: Picture, width: number): void {
  const scale = width / pic.width;
  const height = pic.height * scale;
  if (doc.y + height > bottom(doc)) doc.addPage();
  const ox = MARGIN + (contentWidth(doc) - width) / 2;
  const oy = doc.y;
  doc.save();
  doc.translate(ox, oy).scale(scale);
  for (const shape of pic.shapes) {
    switch (shape.kind) {
      case "rect":
        if (shape.fill !== "none")
          doc.rect(shape.x, shape.y, shape.width, shape.height).fill(shape.fill);
        if (shape.stroke) {
          doc
            .rect(shape.x, shape.y, shape.width, shape.height)
            .lineWidth(1)
            .strokeColor(shape.stroke)
            .stroke();
        }
        break;
      case "line":
        doc
          .moveTo(shape.x1, shape.y1)
          .lineTo(shape.x2, shape.y2)
          .lineWidth(shape.width)
          .strokeColor(shape.stroke)
          .stroke();
        break;
      case "circle":
        doc
          .circle(shape.cx, shape.cy, shape.r)
          .lineWidth(1)
          .fillColor(shape.fill)
          .strokeColor(shape.stroke)
          .fillAndStroke();
        break;
      case "text": {
        doc
          .font(shape.bold ? "bold" : "regular")
          .fontSize(shape.size)
          .fillColor(shape.fill);
        const textWidth = doc.widthOfString(shape.text);
        const shift =
          shape.anchor === "middle" ? textWidth / 2 : shape.anchor === "end" ? textWidth : 0;
        doc.save();
        if (shape.rotate) doc.rotate(-shape.rotate, { origin: [shape.x, shape.y] });
        doc.text(shape.text, shape.x - shift, shape.y, {
          lineBreak: false,
          baseline: "alphabetic",
        });
        doc.restore();
        break;
      }
    }
  }
  doc.restore();
  doc.x = MARGIN;
  doc.y = oy + height + 8;
}

export type SummaryToPdfOptions = { fonts: ExportFonts };

/** The workshop summary as a print-quality A4 PDF with embedded Noto Sans and vector pictures. */
export function summaryToPdf(
  summary: WorkshopSummary,
  options: SummaryToPdfOptions,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    // Our own font from the start, so PDFKit never loads its bundled Helvetica metrics.
    font: options.fonts.regular as unknown as string,
    bufferPages: true,
    info: {
      Title: summary.title,
      Subject: "Prepersonalization workshop summary",
      Creator: "Prepersonalize",
    },
    lang: "en",
    displayTitle: true,
  });
  // PDFKit takes parsed fontkit fonts as well as bytes (its types only list bytes and paths).
  doc.registerFont("regular", options.fonts.regular as unknown as Buffer);
  doc.registerFont("bold", options.fonts.bold as unknown as Buffer);
  doc.registerFont("italic", options.fonts.italic as unknown as Buffer);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  paragraph(doc, "PREPERSONALIZATION WORKSHOP · SUMMARY", { face: "bold", size: 8, color: MUTED });
  paragraph(doc, summary.title, { face: "bold", size: 22, gap: 0.1 });
  paragraph(
    doc,
    `${summary.date ? formatSummaryDate(summary.date) : "No date set"}${summary.facilitator ? ` · Facilitated by ${summary.facilitator}` : ""}`,
    { color: MUTED },
  );

  heading(doc, "Objective");
  paragraph(doc, summary.objective.text || "No objective written yet.", {
    size: 12,
    face: summary.objective.text ? "regular" : "italic",
  });
  if (summary.objective.kpis.length > 0) {
    paragraph(doc, "Business goals and KPIs", { face: "bold" });
    bullets(doc, summary.objective.kpis);
  }

  heading(doc, "Participants");
  bullets(
    doc,
    summary.participants.people.map(
      (p) => `${p.name} — ${p.functionLabel}${p.role === "participant" ? "" : ` (${p.role})`}`,
    ),
  );
  if (summary.participants.missingFunctions.length > 0) {
    paragraph(doc, `Not represented: ${summary.participants.missingFunctions.join(", ")}.`, {
      color: "#78350f",
    });
  }

  heading(doc, "Data and technology reviewed");
  if (summary.dataSources.length > 0) {
    table(
      doc,
      [
        { header: "Data source", weight: 3 },
        { header: "Kind", weight: 2 },
        { header: "Quality", weight: 1.3 },
        { header: "Legal basis", weight: 2 },
        { header: "Access constraints", weight: 3 },
        { header: "Sensitive", weight: 1.3 },
      ],
      summary.dataSources.map((s) => [
        s.name,
        DATA_SOURCE_KIND_LABELS[s.kind],
        DATA_QUALITY_LABELS[s.quality],
        s.legalBasis || "—",
        s.accessConstraints || "—",
        s.sensitive ? "SENSITIVE" : "No",
      ]),
    );
  } else paragraph(doc, "No data sources recorded.", { face: "italic" });
  if (summary.techStack.length > 0) {
    paragraph(
      doc,
      `Tools: ${summary.techStack.map((t) => `${t.name} (${TECH_CATEGORY_LABELS[t.category]})`).join(", ")}`,
    );
  }

  heading(doc, "Segments");
  if (summary.segments.length > 0) {
    bullets(
      doc,
      summary.segments.map(
        (s) =>
          `${s.name} (${LIFECYCLE_STAGE_LABELS[s.lifecycleStage]}, ${s.scenarioCount} ${s.scenarioCount === 1 ? "scenario" : "scenarios"})${s.description ? ` — ${s.description}` : ""}`,
      ),
    );
  } else paragraph(doc, "No segments defined.", { face: "italic" });

  heading(doc, "Prioritized scenarios");
  picture(doc, matrixPicture(summary), 360);
  const placed = summary.scenarios.filter((s) => s.quadrant !== null);
  if (placed.length > 0) {
    table(
      doc,
      [
        { header: "#", weight: 0.6 },
        { header: "Scenario", weight: 6 },
        { header: "Segment", weight: 2.5 },
        { header: "Quadrant", weight: 1.8 },
        { header: "Value", weight: 1.1 },
        { header: "Feasibility", weight: 1.5 },
        { header: "Votes", weight: 1 },
      ],
      placed.map((s, index) => [
        String(index + 1),
        [
          s.text,
          s.assumption ? " (assumption)" : "",
          s.usesSensitiveData ? " (uses sensitive data)" : "",
          s.author ? ` — by ${s.author}` : "",
        ].join(""),
        s.segment ?? "—",
        s.quadrantLabel ?? "—",
        s.value === null ? "—" : s.value.toFixed(2),
        s.feasibility === null ? "—" : s.feasibility.toFixed(2),
        s.votes === null ? "—" : String(s.votes),
      ]),
    );
  } else paragraph(doc, "No scenario has been placed on the matrix yet.", { face: "italic" });
  const unplaced = summary.scenarios.filter((s) => s.quadrant === null);
  if (unplaced.length > 0) {
    paragraph(doc, `Not prioritized: ${unplaced.map((s) => s.text).join("; ")}.`, { color: MUTED });
  }

  heading(doc, "Persofails and mitigations");
  if (summary.risksByScenario.length > 0) {
    for (const group of summary.risksByScenario) {
      heading(doc, group.scenario, 2);
      for (const risk of group.risks) {
        paragraph(
          doc,
          `RISK · ${SEVERITY_LABELS[risk.severity].toUpperCase()} · ${RISK_CATEGORY_LABELS[risk.category].toUpperCase()}`,
          { face: "bold", size: 7.5, color: "#7f1d1d", indent: 10, gap: 0 },
        );
        paragraph(doc, risk.description || "Untitled risk", { indent: 10, gap: 0 });
        paragraph(doc, riskLine(risk, group.acceptance), {
          indent: 10,
          size: 9.5,
          color: risk.mitigated ? INK : "#7f1d1d",
          gap: risk.author ? 0 : 0.4,
        });
        if (risk.author) {
          paragraph(doc, `raised by ${risk.author}`, {
            indent: 10,
            size: 8,
            color: MUTED,
            gap: 0.4,
          });
        }
      }
    }
  } else paragraph(doc, "No persofails recorded.", { face: "italic" });

  heading(doc, "Roadmap");
  picture(doc, timelinePicture(summary), contentWidth(doc));
  if (summary.roadmap.length > 0) {
    table(
      doc,
      [
        { header: "#", weight: 0.5 },
        { header: "Feature", weight: 3.2 },
        { header: "Owner", weight: 1.6 },
        { header: "When", weight: 1.3 },
        { header: "Success metric", weight: 2.4 },
        { header: "A/B test", weight: 2.2 },
        { header: "Dependencies", weight: 2 },
        { header: "Status", weight: 1.8 },
      ],
      summary.roadmap.map((item) => [
        String(item.rank),
        item.scenario,
        item.owner ?? "—",
        item.slotLabel ?? "—",
        metricText(item),
        abTestText(item),
        item.dependencies || "—",
        statusText(item),
      ]),
    );
  } else paragraph(doc, "Nothing is on the roadmap yet.", { face: "italic" });

  heading(doc, "Assumptions to validate");
  if (summary.assumptions.length > 0) {
    bullets(
      doc,
      summary.assumptions.map((a) => `${a.scenario}${a.segment ? ` (${a.segment})` : ""}`),
    );
  } else paragraph(doc, "No scenario was flagged as resting on an assumption.", { face: "italic" });

  heading(doc, "Next steps");
  if (summary.nextSteps.length > 0)
    bullets(
      doc,
      summary.nextSteps.map((s) => s.text),
    );
  paragraph(
    doc,
    `Follow-up meeting: ${summary.followUp.date ? formatSummaryDate(summary.followUp.date) : "not scheduled yet"}`,
    { face: "bold" },
  );

  // Page numbers, once every page exists.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    doc.font("regular").fontSize(8).fillColor(MUTED);
    doc.text(`${summary.title} · ${i + 1} / ${range.count}`, MARGIN, doc.page.height - 35, {
      width: contentWidth(doc),
      align: "center",
      lineBreak: false,
      height: 10,
    });
  }
  doc.end();
  return done;
}
