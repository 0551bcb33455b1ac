import type { MatrixPosition } from "./records";

export const QUADRANTS = ["quick-win", "big-bet", "fill-in", "drop-for-now"] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  "quick-win": "Quick wins",
  "big-bet": "Big bets",
  "fill-in": "Fill-ins",
  "drop-for-now": "Drop for now",
};

/** Value at or above this is "high value"; feasibility at or above it is "easy". */
export const QUADRANT_BOUNDARY = 0.5;

/**
 * Which quadrant a matrix position falls in. Both axes are 0–1 (value low→high, feasibility
 * hard→easy). A note exactly on a midline counts as the upper side, so the centre is a quick win.
 */
export function classifyQuadrant(position: MatrixPosition): Quadrant {
  const highValue = position.value >= QUADRANT_BOUNDARY;
  const easy = position.feasibility >= QUADRANT_BOUNDARY;
  if (highValue) return easy ? "quick-win" : "big-bet";
  return easy ? "fill-in" : "drop-for-now";
}

/** Clamps a coordinate into 0–1 (NaN becomes the midline). */
export function clampUnit(value: number): number {
  if (Number.isNaN(value)) return QUADRANT_BOUNDARY;
  return Math.min(1, Math.max(0, value));
}

/** value × feasibility: the score the roadmap proposal ranks by. */
export function priorityScore(position: MatrixPosition): number {
  return position.value * position.feasibility;
}
