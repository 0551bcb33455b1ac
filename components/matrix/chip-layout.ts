import type { Box } from "./matrix-geometry";

// Where each chip is drawn on the matrix. Stored positions stay exact; only the display moves a
// chip off its spot, just far enough that it covers neither a quadrant label nor another chip.

export type ChipSpot = { id: string; x: number; y: number };
export type ChipSize = { width: number; height: number };

/** Display centres (px inside the matrix) by idea id. */
export type ChipLayout = ReadonlyMap<string, { x: number; y: number }>;

// Above this many chips the matrix cannot hold them apart anyway (the bench drags among 500):
// chips then sit at their exact spots and the ranked list carries every text.
const MAX_LAID_OUT = 80;
const GAP = 2;
const RINGS = 24;

function overlaps(a: Box, b: Box): boolean {
  return (
    a.left < b.left + b.width + GAP &&
    b.left < a.left + a.width + GAP &&
    a.top < b.top + b.height + GAP &&
    b.top < a.top + a.height + GAP
  );
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(Math.max(n, min), Math.max(min, max));
}

/** Offsets around a spot, nearest first, stepping by a share of the chip. */
function candidates(size: ChipSize): { dx: number; dy: number }[] {
  const sx = size.width / 4;
  const sy = size.height / 2;
  const points: { dx: number; dy: number; d: number }[] = [];
  for (let a = -RINGS; a <= RINGS; a += 1) {
    for (let b = -RINGS; b <= RINGS; b += 1) {
      points.push({ dx: a * sx, dy: b * sy, d: Math.hypot(a * sx, b * sy) });
    }
  }
  return points.sort((p, q) => p.d - q.d);
}

/**
 * Lays chips out greedily in the order given (put the most important first): each takes the
 * nearest free place to its exact spot, inside the matrix and off the `blocked` boxes (labels).
 * A chip with no free place nearby stays on its spot.
 */
export function layoutChips(options: {
  spots: readonly ChipSpot[];
  size: ChipSize;
  area: { width: number; height: number };
  blocked: readonly Box[];
}): ChipLayout {
  const { spots, size, area, blocked } = options;
  const result = new Map<string, { x: number; y: number }>();
  const halfW = size.width / 2;
  const halfH = size.height / 2;
  const fit = (x: number, y: number) => ({
    x: clamp(x, halfW, area.width - halfW),
    y: clamp(y, halfH, area.height - halfH),
  });
  if (spots.length > MAX_LAID_OUT || area.width <= 0 || area.height <= 0) {
    for (const spot of spots) result.set(spot.id, fit(spot.x, spot.y));
    return result;
  }
  const placed: Box[] = [...blocked];
  const offsets = candidates(size);
  for (const spot of spots) {
    let chosen = fit(spot.x, spot.y);
    for (const { dx, dy } of offsets) {
      const point = fit(spot.x + dx, spot.y + dy);
      const box = { left: point.x - halfW, top: point.y - halfH, ...size };
      if (!placed.some((other) => overlaps(box, other))) {
        chosen = point;
        break;
      }
    }
    result.set(spot.id, chosen);
    placed.push({ left: chosen.x - halfW, top: chosen.y - halfH, ...size });
  }
  return result;
}
