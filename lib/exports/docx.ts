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
import {
  DATA_QUALITY_LABELS,
  DATA_SOURCE_KIND_LABELS,
  LIFECYCLE_STAGE_LABELS,
  RISK_CATEGORY_LABELS,
  SEVERITY_LABELS,
  TECH_CATEGORY_LABELS,
} from "@/lib/documents/labels";
import { formatSummaryDate } from "@/lib/summary/format-date";
import { matrixPicture } from "./pictures/matrix-picture";
import type { Picture } from "./pictures/picture";
import { pictureToPng } from "./pictures/png";
import { pictureToSvg } from "./pictures/svg";
import { timelinePicture } from "./pictures/timeline-picture";
import { abTestText, metricText, riskLine, statusText } from "./text";

const FONT = "Noto Sans";

function text(value: string, options: { bold?: boolean; italics?: boolean; color?: string } = {}) {
  return new Paragraph({ children: [new TextRun({ text: value, ...options })] });
}

function heading(value: string, level: 1 | 2 = 1): Paragraph {
  return new Paragraph({
    text: value,
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
  });
}

function bullets(items: string[]): Paragraph[] {
  return items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
}

// Body width of an A4 page with Word's default margins, in twentieths of a point.
const BODY_TWIPS = 9026;

function table(headers: string[], rows: string[][], weights: number[]): Table {
  const total = weights.reduce((sum, w) => sum + w, 0);
  // Cell text takes its size from the "TableText" paragraph style, and the column widths are set
  // once on the table: per-cell properties doubled the time of a 500-row table.
  const cell = (value: string, header: boolean) =>
    new TableCell({
      shading: header ? { type: ShadingType.CLEAR, fill: "F1F5F9", color: "auto" } : undefined,
      children: value.split("\n").map((line) =>
        header
          ? new Paragraph({
              style: "TableText",
              children: [new TextRun({ text: line, bold: true })],
            })
          : new Paragraph({ style: "TableText", text: line }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: weights.map((w) => Math.round((w / total) * BODY_TWIPS)),
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((value) => cell(value, false)) })),
    ],
  });
}

/** SVG (vector, Word 2016+ and LibreOffice) with a PNG fallback for older readers. */
function image(picture: Picture, widthPx: number): Paragraph {
  const height = Math.round((picture.height / picture.width) * widthPx);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: "svg",
        data: Buffer.from(pictureToSvg(picture), "utf8"),
        fallback: { type: "png", data: pictureToPng(picture) },
        transformation: { width: widthPx, height },
        altText: { name: picture.title, title: picture.title, description: picture.description },
      }),
    ],
  });
}

/** The workshop summary as an editable Word document: headings, tables and both pictures. */
export function summaryToDocx(summary: WorkshopSummary): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [];
  body.push(
    new Paragraph({
      children: [
        new TextRun({
          text: "PREPERSONALIZATION WORKSHOP · SUMMARY",
          size: 16,
          color: "475569",
          bold: true,
        }),
      ],
    }),
    new Paragraph({ text: summary.title, heading: HeadingLevel.TITLE }),
    text(
      `${summary.date ? formatSummaryDate(summary.date) : "No date set"}${summary.facilitator ? ` · Facilitated by ${summary.facilitator}` : ""}`,
      { color: "475569" },
    ),
  );

  body.push(heading("Objective"));
  body.push(
    summary.objective.text
      ? new Paragraph({
          children: [new TextRun({ text: summary.objective.text, size: 26 })],
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: "6366F1", space: 8 } },
        })
      : text("No objective written yet.", { italics: true }),
  );
  if (summary.objective.kpis.length > 0) {
    body.push(text("Business goals and KPIs", { bold: true }), ...bullets(summary.objective.kpis));
  }

  body.push(heading("Participants"));
  body.push(
    ...bullets(
      summary.participants.people.map(
        (p) => `${p.name} — ${p.functionLabel}${p.role === "participant" ? "" : ` (${p.role})`}`,
      ),
    ),
  );
  if (summary.participants.missingFunctions.length > 0) {
    body.push(
      text(`Not represented: ${summary.participants.missingFunctions.join(", ")}.`, {
        color: "78350F",
      }),
    );
  }

  body.push(heading("Data and technology reviewed"));
  body.push(
    summary.dataSources.length > 0
      ? table(
          ["Data source", "Kind", "Quality", "Legal basis", "Access constraints", "Sensitive"],
          summary.dataSources.map((s) => [
            s.name,
            DATA_SOURCE_KIND_LABELS[s.kind],
            DATA_QUALITY_LABELS[s.quality],
            s.legalBasis || "—",
            s.accessConstraints || "—",
            s.sensitive ? "SENSITIVE" : "No",
          ]),
          [3, 2, 1.3, 2, 3, 1.3],
        )
      : text("No data sources recorded.", { italics: true }),
  );
  if (summary.techStack.length > 0) {
    body.push(
      text(
        `Tools: ${summary.techStack.map((t) => `${t.name} (${TECH_CATEGORY_LABELS[t.category]})`).join(", ")}`,
      ),
    );
  }

  body.push(heading("Segments"));
  body.push(
    ...(summary.segments.length > 0
      ? bullets(
          summary.segments.map(
            (s) =>
              `${s.name} (${LIFECYCLE_STAGE_LABELS[s.lifecycleStage]}, ${s.scenarioCount} ${s.scenarioCount === 1 ? "scenario" : "scenarios"})${s.description ? ` — ${s.description}` : ""}`,
          ),
        )
      : [text("No segments defined.", { italics: true })]),
  );

  body.push(heading("Prioritized scenarios"));
  body.push(image(matrixPicture(summary), 480));
  const placed = summary.scenarios.filter((s) => s.quadrant !== null);
  body.push(
    placed.length > 0
      ? table(
          // Four columns, the segment under the scenario: a 500-scenario table stays quick to build.
          ["#", "Scenario (segment)", "Quadrant", "Value / feasibility · votes"],
          placed.map((s, index) => [
            String(index + 1),
            [
              s.text,
              s.assumption ? " (assumption)" : "",
              s.usesSensitiveData ? " (uses sensitive data)" : "",
              s.author ? ` — by ${s.author}` : "",
              s.segment ? `\n${s.segment}` : "",
            ].join(""),
            s.quadrantLabel ?? "—",
            `${s.value === null ? "—" : s.value.toFixed(2)} / ${s.feasibility === null ? "—" : s.feasibility.toFixed(2)}${s.votes === null ? "" : ` · ${s.votes} ${s.votes === 1 ? "vote" : "votes"}`}`,
          ]),
          [0.6, 7, 2, 2],
        )
      : text("No scenario has been placed on the matrix yet.", { italics: true }),
  );
  const unplaced = summary.scenarios.filter((s) => s.quadrant === null);
  if (unplaced.length > 0) {
    body.push(
      text(`Not prioritized: ${unplaced.map((s) => s.text).join("; ")}.`, { color: "475569" }),
    );
  }

  body.push(heading("Persofails and mitigations"));
  if (summary.risksByScenario.length > 0) {
    for (const group of summary.risksByScenario) {
      body.push(heading(group.scenario, 2));
      for (const risk of group.risks) {
        body.push(
          new Paragraph({
            children: [
              new TextRun({
                text: `Risk · ${SEVERITY_LABELS[risk.severity]} · ${RISK_CATEGORY_LABELS[risk.category]}: `,
                bold: true,
                color: "7F1D1D",
              }),
              new TextRun({ text: risk.description || "Untitled risk" }),
              new TextRun({ text: riskLine(risk, group.acceptance), break: 1 }),
              ...(risk.author
                ? [
                    new TextRun({
                      text: `raised by ${risk.author}`,
                      break: 1,
                      color: "475569",
                      size: 16,
                    }),
                  ]
                : []),
            ],
          }),
        );
      }
    }
  } else body.push(text("No persofails recorded.", { italics: true }));

  body.push(heading("Roadmap"));
  body.push(image(timelinePicture(summary), 600));
  body.push(
    summary.roadmap.length > 0
      ? table(
          ["#", "Feature", "Owner", "When", "Success metric", "A/B test", "Dependencies", "Status"],
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
          [0.5, 3.2, 1.6, 1.3, 2.4, 2.2, 2, 1.8],
        )
      : text("Nothing is on the roadmap yet.", { italics: true }),
  );

  body.push(heading("Assumptions to validate"));
  body.push(
    ...(summary.assumptions.length > 0
      ? bullets(
          summary.assumptions.map((a) => `${a.scenario}${a.segment ? ` (${a.segment})` : ""}`),
        )
      : [text("No scenario was flagged as resting on an assumption.", { italics: true })]),
  );

  body.push(heading("Next steps"));
  body.push(...bullets(summary.nextSteps.map((s) => s.text)));
  body.push(
    text(
      `Follow-up meeting: ${summary.followUp.date ? formatSummaryDate(summary.followUp.date) : "not scheduled yet"}`,
      { bold: true },
    ),
  );

  const document = new Document({
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
  return Packer.toBuffer(document);
}
