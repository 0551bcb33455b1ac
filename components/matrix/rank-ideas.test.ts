import { describe, expect, it } from "vitest";
import { rankIdeas } from "./rank-ideas";

describe("rankIdeas", () => {
  it("orders by quadrant, then by value × feasibility, then by value", () => {
    const ranked = rankIdeas([
      { id: "drop", value: 0.1, feasibility: 0.1 },
      { id: "bet", value: 0.9, feasibility: 0.2 },
      { id: "win-small", value: 0.6, feasibility: 0.6 },
      { id: "fill", value: 0.2, feasibility: 0.9 },
      { id: "win-big", value: 0.9, feasibility: 0.8 },
      { id: "win-tie-high-value", value: 0.8, feasibility: 0.6 },
      { id: "win-tie-low-value", value: 0.6, feasibility: 0.8 },
    ]);
    expect(ranked.map((idea) => idea.id)).toEqual([
      "win-big",
      "win-tie-high-value",
      "win-tie-low-value",
      "win-small",
      "bet",
      "fill",
      "drop",
    ]);
    expect(ranked[0]).toMatchObject({ quadrant: "quick-win", score: 0.9 * 0.8 });
  });

  it("keeps a stable order for identical positions", () => {
    const ranked = rankIdeas([
      { id: "b", value: 0.5, feasibility: 0.5 },
      { id: "a", value: 0.5, feasibility: 0.5 },
    ]);
    expect(ranked.map((idea) => idea.id)).toEqual(["a", "b"]);
  });
});
