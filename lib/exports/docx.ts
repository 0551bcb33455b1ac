import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { WorkshopSummary } from "@/lib/summary/build-summary";
import { buildSummaryDocument } from "@/lib/summary/build-summary-document";
import type { SummaryBlock, TableColumn } from "@/lib/summary/summary-blocks";
import { textCell } from "./docx-table";
import { loadExportFonts } from "./fonts";
import { matrixPicture } from "./pictures/matrix-picture";
import type { Picture } from "./pictures/picture";
import { pictureToPng } from "./pictures/png";
import { pictureToSvg } from "./pictures/svg";
import { timelinePicture } from "./pictures/timeline-picture";

const FONT = "Noto Sans";
const MUTED = "475569";
const RISK = "7F1D1D";

// Body width of an A4 page with Word's default margins, in twentieths of a point.
const BODY_TWIPS = 9026;

function table(columns: TableColumn[], rows: string[][]): Table {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  // Cell text takes its size from the "TableText" paragraph style, and the column widths are set
  // once on the table: per-cell properties doubled the time of a 500-row table. Body cells are
  // written by textCell, in one step instead of docx's dozen components a cell.
  const header = (value: string) =>
    new TableCell({
      shading: { type: ShadingType.CLEAR, fill: "F1F5F9", color: "auto" },
      children: value.split("\n").map(
        (line) =>
          new Paragraph({
            style: "TableText",
            children: [new TextRun({ text: line, bold: true })],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: columns.map((c) => Math.round((c.weight / total) * BODY_TWIPS)),
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => header(c.header)) }),
      ...rows.map((row) => new TableRow({ children: row.map(textCell) })),
    ],
  });
}

/** SVG (vector, Word 2016+ and LibreOffice) with a PNG fallback for older readers. */
function image(picture: Picture, widthPx: number): Paragraph {
  const height = Math.round((picture.height / picture.width) * widthPx);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepLines: true,
    children: [
      new ImageRun({
        type: "svg",
        data: Buffer.from(pictureToSvg(picture), "utf8"),
        // 1.5 pixels a point: labels stay legible, and the fill stays cheap for 500 dots.
        fallback: {
          type: "png",
          data: pictureToPng(picture, { scale: 1.5, fonts: loadExportFonts() }),
        },
        transformation: { width: widthPx, height },
        altText: { name: picture.title, title: picture.title, description: picture.description },
      }),
    ],
  });
}

const PARAGRAPH_RUN = {
  normal: {},
  lead: { size: 26 },
  muted: { color: MUTED },
  warning: { color: "78350F" },
  empty: { italics: true, color: MUTED },
  strong: { bold: true },
} as const;

function block(b: SummaryBlock, summary: WorkshopSummary): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading":
      return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2, keepNext: true })];
    case "paragraph":
      return [
        new Paragraph({
          border:
            b.tone === "lead"
              ? { left: { style: BorderStyle.SINGLE, size: 18, color: "6366F1", space: 8 } }
              : undefined,
          children: [
            ...(b.label ? [new TextRun({ text: b.label, bold: true })] : []),
            new TextRun({ text: b.text, ...PARAGRAPH_RUN[b.tone] }),
          ],
        }),
      ];
    case "list":
      return b.items.map(
        (item) =>
          new Paragraph({
            bullet: { level: 0 },
            children: [
              ...(item.lead
                ? [
                    new TextRun({
                      text: `${item.lead} `,
                      bold: true,
                      color: item.tone === "risk" ? RISK : undefined,
                    }),
                  ]
                : []),
              new TextRun({ text: item.text }),
              ...(item.details ?? []).map(
                (line) => new TextRun({ text: line, break: 1, color: MUTED, size: 18 }),
              ),
            ],
          }),
      );
    case "table":
      return [table(b.columns, b.rows)];
    case "figure":
      return [
        b.figure === "matrix"
          ? image(matrixPicture(summary), 440)
          : image(timelinePicture(summary), 600),
      ];
    case "callout":
      return [
        new Paragraph({
          keepNext: true,
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: RISK, space: 8 } },
          children: [new TextRun({ text: b.title, bold: true, color: RISK })],
        }),
        ...b.lines.map(
          (line) =>
            new Paragraph({
              bullet: { level: 0 },
              border: { left: { style: BorderStyle.SINGLE, size: 18, color: RISK, space: 8 } },
              text: line,
            }),
        ),
      ];
  }
}

/** The workshop summary as an editable Word document: headings, tables and both pictures. */
export function summaryToDocx(summary: WorkshopSummary): Promise<Buffer> {
  const document = buildSummaryDocument(summary);
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      children: [
        new TextRun({ text: document.kicker.toUpperCase(), size: 16, color: MUTED, bold: true }),
      ],
    }),
    new Paragraph({ text: document.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: document.byline, color: MUTED })] }),
  ];
  for (const section of document.sections) {
    // keepNext: Word moves a heading to the next page with its first block.
    body.push(
      new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1, keepNext: true }),
    );
    for (const b of section.blocks) body.push(...block(b, summary));
  }
  const doc = new Document({
    creator: "Prepersonalize",
    title: summary.title,
    description: "Prepersonalization workshop summary",
    styles: {
      default: { document: { run: { font: FONT, size: 21 } } },
      paragraphStyles: [
        {
          id: "TableText",
          name: "Table text",
          basedOn: "Normal",
          run: { size: 18 },
          paragraph: { spacing: { before: 20, after: 20 } },
        },
      ],
    },
    sections: [{ children: body }],
  });
  return Packer.toBuffer(doc);
}
