import type { WorkshopSummary } from "@/lib/summary/build-summary";
import { parseSlot, type ParsedSlot } from "@/lib/summary/slots";
import { truncate, wrapText, type Picture, type PictureShape } from "./picture";

const WIDTH = 520;
const LABEL_WIDTH = 190;
const ROW = 22;
const LINE = 11;
/** Characters of a 9 pt label per line in the label column (Noto Sans averages ~5 pt a character). */
const LABEL_CHARS = 36;
const HEADER = 28;
const MONTHS = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"] as const;

/** Months since year 0 of the slot's first month, and how many months it spans. */
function span(slot: ParsedSlot): { start: number; months: number } {
  if (slot.kind === "quarter") return { start: slot.year * 12 + (slot.quarter - 1) * 3, months: 3 };
  return { start: slot.year * 12 + slot.month - 1, months: 1 };
}

/**
 * The roadmap as a timeline: one row per item in rank order, a bar over its quarter or month.
 * Unscheduled items keep their row with "not scheduled" in place of a bar.
 */
export function timelinePicture(summary: WorkshopSummary): Picture {
  const items = summary.roadmap.map((item) => {
    const parsed = item.slot ? parseSlot(item.slot) : null;
    return { item, span: parsed ? span(parsed) : null };
  });
  const spans = items.flatMap((entry) => (entry.span ? [entry.span] : []));
  // Whole quarters on the axis, so quarter and month items line up.
  const first = spans.length ? Math.min(...spans.map((s) => s.start)) : 0;
  const last = spans.length ? Math.max(...spans.map((s) => s.start + s.months)) : 3;
  const axisStart = first - (first % 3);
  const axisEnd = Math.max(axisStart + 3, last + ((3 - (last % 3)) % 3));
  const months = axisEnd - axisStart;
  const plotX = LABEL_WIDTH;
  const plotWidth = WIDTH - LABEL_WIDTH - 8;
  const monthWidth = plotWidth / months;
  // Long feature names wrap onto a second line instead of being cut after a few words.
  const labels = items.map(({ item }) =>
    wrapText(`${item.rank}. ${item.scenario}`, LABEL_CHARS, 2),
  );
  const rowHeights = labels.map((lines) => Math.max(ROW, lines.length * LINE + 10));
  const rowTops = rowHeights.map((_, index) =>
    rowHeights.slice(0, index).reduce((sum, h) => sum + h, HEADER),
  );
  const height = HEADER + (rowHeights.reduce((sum, h) => sum + h, 0) || ROW) + 8;
  const shapes: PictureShape[] = [];

  for (let m = 0; m < months; m += 1) {
    const absolute = axisStart + m;
    const mx = plotX + m * monthWidth;
    if (absolute % 3 === 0) {
      const year = Math.floor(absolute / 12);
      const quarter = Math.floor((absolute % 12) / 3) + 1;
      shapes.push({
        kind: "rect",
        x: mx,
        y: 0,
        width: monthWidth * 3,
        height,
        fill: quarter % 2 ? "#f8fafc" : "#ffffff",
      });
      shapes.push({ kind: "line", x1: mx, y1: 0, x2: mx, y2: height, stroke: "#cbd5e1", width: 1 });
      shapes.push({
        kind: "text",
        x: mx + 3,
        y: 11,
        text: `Q${quarter} ${year}`,
        size: 9,
        fill: "#334155",
        anchor: "start",
        bold: true,
      });
    }
    if (monthWidth >= 10) {
      shapes.push({
        kind: "text",
        x: mx + monthWidth / 2,
        y: 23,
        text: MONTHS[absolute % 12] ?? "",
        size: 7,
        fill: "#64748b",
        anchor: "middle",
      });
    }
  }
  shapes.push({
    kind: "line",
    x1: 0,
    y1: HEADER,
    x2: WIDTH,
    y2: HEADER,
    stroke: "#94a3b8",
    width: 1,
  });

  items.forEach(({ item, span: itemSpan }, index) => {
    const rowHeight = rowHeights[index] ?? ROW;
    // Bars and single-line labels sit in a row of the usual height, centred in taller rows.
    const rowY = (rowTops[index] ?? HEADER) + (rowHeight - ROW) / 2;
    const lines = labels[index] ?? [];
    lines.forEach((line, n) => {
      shapes.push({
        kind: "text",
        x: 4,
        y: rowY + 15 + (n - (lines.length - 1) / 2) * LINE,
        text: line,
        size: 9,
        fill: "#0f172a",
        anchor: "start",
      });
    });
    if (itemSpan) {
      const bx = plotX + (itemSpan.start - axisStart) * monthWidth;
      const width = itemSpan.months * monthWidth;
      shapes.push({
        kind: "rect",
        x: bx + 1,
        y: rowY + 4,
        width: width - 2,
        height: ROW - 8,
        fill: item.ready ? "#059669" : "#6366f1",
      });
      if (item.owner) {
        shapes.push({
          kind: "text",
          x: bx + 4,
          y: rowY + 14,
          text: truncate(item.owner, Math.max(1, Math.floor(width / 5))),
          size: 7,
          fill: "#ffffff",
          anchor: "start",
        });
      }
    } else {
      shapes.push({
        kind: "text",
        x: plotX + 4,
        y: rowY + 15,
        text: "not scheduled",
        size: 8,
        fill: "#64748b",
        anchor: "start",
      });
    }
  });
  if (items.length === 0) {
    shapes.push({
      kind: "text",
      x: 4,
      y: HEADER + 15,
      text: "Nothing is on the roadmap yet.",
      size: 9,
      fill: "#64748b",
      anchor: "start",
    });
  }

  const description =
    items.length === 0
      ? "The roadmap timeline. Nothing is on the roadmap yet."
      : `The roadmap timeline, ${items.length} ${items.length === 1 ? "item" : "items"} in rank order: ` +
        items
          .map(
            ({ item }) =>
              `${item.rank}. ${truncate(item.scenario, 60)}, ${item.slotLabel ?? "not scheduled"}${item.owner ? `, owner ${item.owner}` : ""}${item.ready ? ", ready" : ""}`,
          )
          .join("; ") +
        ".";
  return { width: WIDTH, height, title: "Roadmap timeline", description, shapes };
}
