import { describe, expect, it } from "vitest";
import { readMatrixDrags } from "./matrix-drag-presence";

const user = (name: string) => ({
  userId: name.toLowerCase(),
  name,
  role: "participant",
  function: "Design",
  colour: "#336699",
});

describe("readMatrixDrags", () => {
  it("returns other people's notes in flight and skips self, idle and malformed states", () => {
    const states = new Map<number, unknown>([
      [1, { user: user("Self"), matrixDrag: { scenarioId: "a", value: 0.1, feasibility: 0.2 } }],
      [2, { user: user("Dana"), matrixDrag: { scenarioId: "b", value: 0.7, feasibility: 0.6 } }],
      [3, { user: user("Idle"), matrixDrag: null }],
      [4, { user: user("Bad"), matrixDrag: { scenarioId: "c", value: 7, feasibility: 0 } }],
      [5, { matrixDrag: { scenarioId: "d", value: 0.5, feasibility: 0.5 } }],
    ]);
    expect(readMatrixDrags(states, 1)).toEqual([
      {
        scenarioId: "b",
        value: 0.7,
        feasibility: 0.6,
        clientId: 2,
        userId: "dana",
        name: "Dana",
        colour: "#336699",
      },
    ]);
  });

  it("keeps one preview per scenario", () => {
    const states = new Map<number, unknown>([
      [2, { user: user("A"), matrixDrag: { scenarioId: "x", value: 0.1, feasibility: 0.1 } }],
      [3, { user: user("B"), matrixDrag: { scenarioId: "x", value: 0.9, feasibility: 0.9 } }],
    ]);
    expect(readMatrixDrags(states, 1)).toHaveLength(1);
  });
});
