import { describe, expect, it } from "vitest";
import { proposeRoadmapCandidates } from "./roadmap-proposal";

function at(id: string, value: number, feasibility: number) {
  return { id, matrix: { value, feasibility } };
}

describe("proposeRoadmapCandidates", () => {
  it("takes up to five quick wins ordered by value × feasibility", () => {
    const scenarios = [
      at("a", 0.6, 0.6),
      at("b", 0.9, 0.9),
      at("c", 0.7, 0.8),
      at("d", 0.55, 0.95),
      at("e", 0.8, 0.6),
      at("f", 0.51, 0.51),
      at("big", 1, 0.1),
    ];
    expect(proposeRoadmapCandidates({ scenarios })).toEqual(["b", "c", "d", "e", "a"]);
    expect(proposeRoadmapCandidates({ scenarios, max: 2 })).toEqual(["b", "c"]);
  });

  it("tops up to three from big bets, then fill-ins, never drop-for-now or unplaced", () => {
    const scenarios = [
      at("quick", 0.8, 0.8),
      at("fill", 0.3, 0.9),
      at("drop", 0.1, 0.1),
      at("bet", 0.9, 0.2),
      { id: "unplaced", matrix: null },
    ];
    expect(proposeRoadmapCandidates({ scenarios })).toEqual(["quick", "bet", "fill"]);
    expect(proposeRoadmapCandidates({ scenarios: [at("drop", 0.2, 0.2)] })).toEqual([]);
  });

  it("breaks score ties by value, then id, and skips excluded ids", () => {
    const scenarios = [at("z", 0.8, 0.75), at("y", 0.75, 0.8), at("x", 0.75, 0.8)];
    expect(proposeRoadmapCandidates({ scenarios })).toEqual(["z", "x", "y"]);
    expect(proposeRoadmapCandidates({ scenarios, exclude: new Set(["z"]) })).toEqual(["x", "y"]);
  });

  it("breaks a tie in value × feasibility with the dots of a closed vote", () => {
    const scenarios = [at("a", 0.8, 0.6), at("b", 0.6, 0.8), at("c", 0.9, 0.9)];
    expect(proposeRoadmapCandidates({ scenarios })).toEqual(["c", "a", "b"]);
    const votes = new Map([["b", 3], ["a", 1]]);
    expect(proposeRoadmapCandidates({ scenarios, votes })).toEqual(["c", "b", "a"]);
    // Dots never outrank a better position on the matrix.
    expect(proposeRoadmapCandidates({ scenarios, votes: new Map([["b", 9]]) })[0]).toBe("c");
  });
});
