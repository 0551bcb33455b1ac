import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import {
  computeSpreads,
  hasPublished,
  publishBlindPlacements,
  readBlindRound,
  readRevealedPlacements,
  revealBlindRound,
  startBlindRound,
  type RevealedPlacement,
} from "./blind-placement";
import { expectOk, syncDocs } from "./testing";

function placed(
  userId: string,
  scenarioId: string,
  value: number,
  feasibility: number,
  fn = "engineering",
): RevealedPlacement {
  return { userId, scenarioId, value, feasibility, function: fn };
}

describe("blind placement", () => {
  it("runs a round in the control doc", () => {
    const control = new Y.Doc();
    expect(revealBlindRound(control).ok).toBe(false);
    const round = expectOk(startBlindRound(control));
    expect(readBlindRound(control)).toEqual({ id: round.id, status: "placing" });
    expectOk(revealBlindRound(control));
    expect(readBlindRound(control)?.status).toBe("revealed");
  });

  it("publishes each person's placements without losing anyone's", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    expectOk(
      publishBlindPlacements(a, {
        roundId: "r1",
        userId: "ana",
        function: "engineering",
        placements: { s1: { value: 0.9, feasibility: 0.2 }, s2: { value: 0.5, feasibility: 0.5 } },
      }),
    );
    expectOk(
      publishBlindPlacements(b, {
        roundId: "r1",
        userId: "ben",
        function: "marketing",
        placements: { s1: { value: 0.1, feasibility: 1.4 } },
      }),
    );
    syncDocs(a, b);
    const placements = readRevealedPlacements(b, "r1");
    expect(placements).toHaveLength(3);
    expect(placements.find((p) => p.userId === "ben")).toMatchObject({ feasibility: 1 });
    expect(readRevealedPlacements(b, "other")).toHaveLength(0);
    expect(hasPublished(a, { roundId: "r1", userId: "ana", scenarioIds: ["s1", "s2"] })).toBe(true);
    expect(hasPublished(a, { roundId: "r1", userId: "ana", scenarioIds: ["s3"] })).toBe(false);
    // Publishing again changes nothing.
    expect(
      expectOk(
        publishBlindPlacements(a, {
          roundId: "r1",
          userId: "ana",
          function: "engineering",
          placements: { s1: { value: 0.9, feasibility: 0.2 } },
        }),
      ),
    ).toBe(0);
  });

  it("computes the spread per scenario, widest first", () => {
    const spreads = computeSpreads([
      placed("ana", "agree", 0.5, 0.5),
      placed("ben", "agree", 0.5, 0.6, "marketing"),
      placed("ana", "split", 0, 0),
      placed("ben", "split", 1, 1, "marketing"),
      placed("cy", "split", 0.5, 0.5, "legal-compliance"),
      placed("ana", "alone", 0.3, 0.3),
    ]);
    expect(spreads.map((s) => s.scenarioId)).toEqual(["split", "agree", "alone"]);
    expect(spreads[0]?.spread).toBeCloseTo(1);
    expect(spreads[0]?.mean).toEqual({ value: 0.5, feasibility: 0.5 });
    expect(spreads[1]?.spread).toBeCloseTo(0.1 / Math.SQRT2);
    expect(spreads[2]?.spread).toBe(0);
    expect(spreads[0]?.placements.map((p) => p.userId)).toEqual(["ana", "ben", "cy"]);
  });
});
