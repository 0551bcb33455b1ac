import { classifyQuadrant, priorityScore, QUADRANTS, type Quadrant } from "@/lib/documents/quadrant";
import type { MatrixPosition } from "@/lib/documents/records";

export type RankedIdea<T> = T & { quadrant: Quadrant; score: number };

/**
 * Placed ideas in the order a facilitator talks them through: quick wins, big bets, fill-ins,
 * then drop for now; inside a quadrant by value × feasibility, then value, then id.
 */
export function rankIdeas<T extends MatrixPosition & { id: string }>(
  ideas: readonly T[],
): RankedIdea<T>[] {
  const order = (quadrant: Quadrant) => QUADRANTS.indexOf(quadrant);
  return ideas
    .map((idea) => ({ ...idea, quadrant: classifyQuadrant(idea), score: priorityScore(idea) }))
    .sort(
      (a, b) =>
        order(a.quadrant) - order(b.quadrant) ||
        b.score - a.score ||
        b.value - a.value ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}
