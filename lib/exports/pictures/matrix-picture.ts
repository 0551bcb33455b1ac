import type { WorkshopSummary } from "@/lib/summary/build-summary";
import { QUADRANT_LABELS } from "@/lib/documents/quadrant";
import { truncate, type Picture, type PictureShape } from "./picture";

const WIDTH = 520;
// The plot, then the "hard / easy" row and the axis title under it, all inside the viewBox.
const HEIGHT = 500;
const PLOT = { x: 56, y: 16, size: 440 };
/** Above this many placed scenarios the dots carry their number only; the table names them. */
const MAX_TEXT_LABELS = 24;

const QUADRANT_FILL = {
  "quick-win": "#ecfdf5",
  "big-bet": "#eff6ff",
  "fill-in": "#fefce8",
  "drop-for-now": "#f8fafc",
} as const;

/** The scenarios the matrix shows, numbered as in the scenario tables of every format. */
export function placedScenarios(summary: WorkshopSummary) {
  return summary.scenarios
    .filter((scenario) => scenario.value !== null && scenario.feasibility !== null)
    .map((scenario, index) => ({
      number: index + 1,
      text: scenario.text,
      quadrant: scenario.quadrantLabel ?? "",
      value: scenario.value ?? 0,
      feasibility: scenario.feasibility ?? 0,
    }));
}

/**
 * The value × feasibility matrix: value low (bottom) → high (top), feasibility hard (left) → easy
 * (right), as on the board. Dots are numbered like the prioritized-scenarios table.
 */
export function matrixPicture(summary: WorkshopSummary): Picture {
  const { x, y, size } = PLOT;
  const half = size / 2;
  const shapes: PictureShape[] = [];
  const quadrant = (qx: number, qy: number, key: keyof typeof QUADRANT_FILL) => {
    shapes.push({
      kind: "rect",
      x: qx,
      y: qy,
      width: half,
      height: half,
      fill: QUADRANT_FILL[key],
    });
    shapes.push({
      kind: "text",
      x: qx + half / 2,
      y: qy + 18,
      text: QUADRANT_LABELS[key],
      size: 11,
      fill: "#475569",
      anchor: "middle",
      bold: true,
    });
  };
  quadrant(x, y, "big-bet");
  quadrant(x + half, y, "quick-win");
  quadrant(x, y + half, "drop-for-now");
  quadrant(x + half, y + half, "fill-in");
  shapes.push({ kind: "rect", x, y, width: size, height: size, fill: "none", stroke: "#94a3b8" });
  shapes.push({
    kind: "line",
    x1: x + half,
    y1: y,
    x2: x + half,
    y2: y + size,
    stroke: "#94a3b8",
    width: 1,
  });
  shapes.push({
    kind: "line",
    x1: x,
    y1: y + half,
    x2: x + size,
    y2: y + half,
    stroke: "#94a3b8",
    width: 1,
  });
  const axis = { size: 10, fill: "#334155" } as const;
  shapes.push({
    ...axis,
    kind: "text",
    x: x + half,
    y: y + size + 30,
    text: "Technical feasibility →",
    anchor: "middle",
    bold: true,
  });
  shapes.push({ ...axis, kind: "text", x, y: y + size + 14, text: "hard", anchor: "start" });
  shapes.push({
    ...axis,
    kind: "text",
    x: x + size,
    y: y + size + 14,
    text: "easy",
    anchor: "end",
  });
  shapes.push({
    ...axis,
    kind: "text",
    x: x - 30,
    y: y + half,
    text: "Business value →",
    anchor: "middle",
    bold: true,
    rotate: 90,
  });
  shapes.push({ ...axis, kind: "text", x: x - 6, y: y + size, text: "low", anchor: "end" });
  shapes.push({ ...axis, kind: "text", x: x - 6, y: y + 10, text: "high", anchor: "end" });

  const placed = placedScenarios(summary);
  const withText = placed.length <= MAX_TEXT_LABELS;
  const radius = placed.length > 100 ? 5 : 8;
  for (const scenario of placed) {
    const cx = x + scenario.feasibility * size;
    const cy = y + (1 - scenario.value) * size;
    shapes.push({ kind: "circle", cx, cy, r: radius, fill: "#4f46e5", stroke: "#ffffff" });
    shapes.push({
      kind: "text",
      x: cx,
      y: cy + radius * 0.4,
      text: String(scenario.number),
      size: radius > 5 ? 8 : 5,
      fill: "#ffffff",
      anchor: "middle",
      bold: true,
    });
    if (withText) {
      const right = scenario.feasibility < 0.7;
      shapes.push({
        kind: "text",
        x: right ? cx + radius + 3 : cx - radius - 3,
        y: cy + 3,
        text: truncate(scenario.text, 30),
        size: 8,
        fill: "#0f172a",
        anchor: right ? "start" : "end",
      });
    }
  }
  const description =
    placed.length === 0
      ? "The value × feasibility matrix. No scenario has been placed yet."
      : `The value × feasibility matrix with ${placed.length} placed ${placed.length === 1 ? "scenario" : "scenarios"}, numbered as in the prioritized-scenarios table: ` +
        placed
          .slice(0, 50)
          .map((s) => `${s.number}. ${truncate(s.text, 60)} (${s.quadrant})`)
          .join("; ") +
        (placed.length > 50 ? `; and ${placed.length - 50} more.` : ".");
  return { width: WIDTH, height: HEIGHT, title: "Prioritization matrix", description, shapes };
}
