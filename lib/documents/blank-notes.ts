import type { BoardSnapshot } from "./read-board";

// A note someone added but nobody typed into is not an idea or a risk yet. It stays on the board
// (someone may be about to type), but it is not counted, placed, ranked, proposed, summarized or
// exported. This is the one rule every reader uses.

/** True for a scenario with no text (whitespace only). */
export function isBlankScenario(scenario: { readonly text: string }): boolean {
  return scenario.text.trim() === "";
}

/** True for a risk with neither a description nor a mitigation. */
export function isBlankRisk(risk: {
  readonly description: string;
  readonly mitigation: string;
}): boolean {
  return risk.description.trim() === "" && risk.mitigation.trim() === "";
}

const counted = new WeakMap<BoardSnapshot, BoardSnapshot>();

/**
 * The board as it counts: without blank scenarios (nor their risks and roadmap items) and without
 * blank risks. For the summary, exports and every count; the same object for the same snapshot.
 */
export function withoutBlankNotes(board: BoardSnapshot): BoardSnapshot {
  const cached = counted.get(board);
  if (cached) return cached;
  const scenarios = board.scenarios.filter((scenario) => !isBlankScenario(scenario));
  const kept = new Set(scenarios.map((scenario) => scenario.id));
  const result: BoardSnapshot =
    scenarios.length === board.scenarios.length && !board.risks.some(isBlankRisk)
      ? board
      : Object.freeze({
          ...board,
          scenarios: Object.freeze(scenarios),
          risks: Object.freeze(
            board.risks.filter((risk) => kept.has(risk.scenarioId) && !isBlankRisk(risk)),
          ),
          roadmap: Object.freeze(board.roadmap.filter((item) => kept.has(item.scenarioId))),
        });
  counted.set(board, result);
  return result;
}
