import { QUADRANT_LABELS, classifyQuadrant, clampUnit } from "@/lib/documents/quadrant";
import type { MatrixPosition } from "@/lib/documents/records";

// Pure mapping between matrix positions (0–1 on each axis) and the screen. The x axis is
// technical feasibility (hard on the left, easy on the right); the y axis is business value
// (low at the bottom, high at the top), so screen y runs opposite to value.

export type Point = { x: number; y: number };
export type Box = { left: number; top: number; width: number; height: number };

/** One arrow-key step as a share of an axis; Shift moves five times as far. */
export const SMALL_STEP = 0.02;
export const LARGE_STEP = 0.1;

export type ArrowKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight";

export function isArrowKey(key: string): key is ArrowKey {
  return key === "ArrowUp" || key === "ArrowDown" || key === "ArrowLeft" || key === "ArrowRight";
}

/** CSS offsets (percent of the matrix) of a position's centre. */
export function positionToPercent(position: MatrixPosition): { left: number; top: number } {
  return {
    left: clampUnit(position.feasibility) * 100,
    top: (1 - clampUnit(position.value)) * 100,
  };
}

/** Screen point of a position inside `box`. */
export function positionToPoint(position: MatrixPosition, box: Box): Point {
  return {
    x: box.left + clampUnit(position.feasibility) * box.width,
    y: box.top + (1 - clampUnit(position.value)) * box.height,
  };
}

export function isInside(point: Point, box: Box): boolean {
  return (
    point.x >= box.left &&
    point.x <= box.left + box.width &&
    point.y >= box.top &&
    point.y <= box.top + box.height
  );
}

/** Matrix position of a screen point, clamped to the matrix; null for an empty box. */
export function pointToPosition(point: Point, box: Box): MatrixPosition | null {
  if (box.width <= 0 || box.height <= 0) return null;
  return {
    feasibility: clampUnit((point.x - box.left) / box.width),
    value: clampUnit(1 - (point.y - box.top) / box.height),
  };
}

/** Centre of a rectangle, e.g. the note being dragged. */
export function centreOf(box: Box): Point {
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** The position one arrow-key step away, clamped to the matrix. */
export function nudgePosition(
  position: MatrixPosition,
  key: ArrowKey,
  large: boolean,
): MatrixPosition {
  const step = large ? LARGE_STEP : SMALL_STEP;
  const round = (n: number) => Math.round(clampUnit(n) * 1000) / 1000;
  switch (key) {
    case "ArrowUp":
      return { ...position, value: round(position.value + step) };
    case "ArrowDown":
      return { ...position, value: round(position.value - step) };
    case "ArrowRight":
      return { ...position, feasibility: round(position.feasibility + step) };
    case "ArrowLeft":
      return { ...position, feasibility: round(position.feasibility - step) };
  }
}

/**
 * Where a note dragged by keyboard goes next, as the top-left corner of its rectangle. A note
 * still outside the matrix (picked up from the tray) jumps to the matrix centre on the first
 * arrow key; inside, each key moves it one step, never past the matrix edge.
 */
export function nextKeyboardCorner(options: {
  note: Box;
  matrix: Box;
  key: ArrowKey;
  large: boolean;
}): Point {
  const { note, matrix, key, large } = options;
  const centre = centreOf(note);
  const current = isInside(centre, matrix)
    ? pointToPosition(centre, matrix)
    : { value: 0.5, feasibility: 0.5 };
  if (!current) return { x: note.left, y: note.top };
  const next = isInside(centre, matrix) ? nudgePosition(current, key, large) : current;
  const point = positionToPoint(next, matrix);
  return { x: point.x - note.width / 2, y: point.y - note.height / 2 };
}

export function toPercent(fraction: number): number {
  return Math.round(clampUnit(fraction) * 100);
}

/** What a screen reader says about a position, e.g. "Quick wins, value 72 %, feasibility 64 %". */
export function describePosition(position: MatrixPosition): string {
  const quadrant = QUADRANT_LABELS[classifyQuadrant(position)];
  return `${quadrant}, value ${toPercent(position.value)} %, feasibility ${toPercent(position.feasibility)} %`;
}
