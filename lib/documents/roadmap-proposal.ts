import { isBlankScenario } from "./blank-notes";
import { classifyQuadrant, priorityScore, type Quadrant } from "./quadrant";
import type { MatrixPosition } from "./records";

export const ROADMAP_PROPOSAL_SIZE = { min: 3, max: 5 } as const;

// When there are not enough quick wins, the next best are big bets (worth it, just harder),
// then fill-ins; "drop for now" is never proposed, and neither is anything off the matrix.
const FALLBACK_ORDER: readonly Quadrant[] = ["big-bet", "fill-in"];

/** `text` when known: a blank note is never proposed. */
type Candidate = { id: string; text?: string; matrix: MatrixPosition | null };

type Placed = Candidate & { matrix: MatrixPosition };

/** Value × feasibility first; on a tie the team's dots decide, then value, then the id. */
function byScore(votes: ReadonlyMap<string, number> | undefined) {
  return (a: Placed, b: Placed): number => {
    const score = priorityScore(b.matrix) - priorityScore(a.matrix);
    if (score !== 0) return score;
    const dots = (votes?.get(b.id) ?? 0) - (votes?.get(a.id) ?? 0);
    if (dots !== 0) return dots;
    if (b.matrix.value !== a.matrix.value) return b.matrix.value - a.matrix.value;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/**
 * Scenario ids to propose for the roadmap: up to `max` quick wins by value × feasibility (dot
 * votes break ties), topped up to `min` from big bets and then fill-ins. Fewer than `min` when
 * the matrix holds too few.
 */
export function proposeRoadmapCandidates(options: {
  scenarios: readonly Candidate[];
  exclude?: ReadonlySet<string>;
  /** Dots per scenario from a closed vote: the tie-breaker between equal scores. */
  votes?: ReadonlyMap<string, number>;
  min?: number;
  max?: number;
}): string[] {
  const max = options.max ?? ROADMAP_PROPOSAL_SIZE.max;
  const min = Math.min(options.min ?? ROADMAP_PROPOSAL_SIZE.min, max);
  const placed = options.scenarios.filter(
    (s): s is Placed =>
      s.matrix !== null &&
      (s.text === undefined || !isBlankScenario({ text: s.text })) &&
      !(options.exclude?.has(s.id) ?? false),
  );
  const inQuadrant = (quadrant: Quadrant) =>
    placed.filter((s) => classifyQuadrant(s.matrix) === quadrant).sort(byScore(options.votes));
  const chosen = inQuadrant("quick-win").slice(0, max);
  for (const quadrant of FALLBACK_ORDER) {
    if (chosen.length >= min) break;
    chosen.push(...inQuadrant(quadrant).slice(0, min - chosen.length));
  }
  return chosen.map((s) => s.id);
}
