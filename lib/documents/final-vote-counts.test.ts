import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { finalVoteCounts } from "./final-vote-counts";
import { expectOk } from "./testing";
import { castVote, closeVote, openVote } from "./votes";

function vote(options: { control: Y.Doc; step: "scenarios" | "prioritize" }) {
  return expectOk(
    openVote(options.control, {
      step: options.step,
      votesPerPerson: 3,
      maxPerNote: 3,
      hideResults: true,
    }),
  );
}

describe("finalVoteCounts", () => {
  it("is null until a vote is closed, so hidden results never leak into the summary", () => {
    const board = new Y.Doc();
    const control = new Y.Doc();
    expect(finalVoteCounts(board, control)).toBeNull();
    const round = vote({ control, step: "scenarios" });
    expectOk(castVote(board, round, { voterId: "ana", scenarioId: "s1" }));
    expect(finalVoteCounts(board, control)).toBeNull();
    expectOk(closeVote(control, { step: "scenarios" }));
    expect(finalVoteCounts(board, control)).toEqual({ s1: 1 });
  });

  it("prefers the closed prioritize vote over the scenarios vote", () => {
    const board = new Y.Doc();
    const control = new Y.Doc();
    const early = vote({ control, step: "scenarios" });
    expectOk(castVote(board, early, { voterId: "ana", scenarioId: "s1" }));
    expectOk(closeVote(control, { step: "scenarios" }));
    const late = vote({ control, step: "prioritize" });
    expectOk(castVote(board, late, { voterId: "ana", scenarioId: "s2" }));
    expectOk(castVote(board, late, { voterId: "ben", scenarioId: "s2" }));
    expectOk(closeVote(control, { step: "prioritize" }));
    expect(finalVoteCounts(board, control)).toEqual({ s2: 2 });
  });
});
