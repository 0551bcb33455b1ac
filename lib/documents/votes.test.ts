import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { expectOk, syncDocs } from "./testing";
import {
  castVote,
  closeVote,
  openVote,
  readVoteRound,
  retractVote,
  tallyVotes,
  type VoteRound,
} from "./votes";

function round(overrides: Partial<VoteRound> = {}): VoteRound {
  return {
    id: "round1",
    step: "scenarios",
    votesPerPerson: 3,
    maxPerNote: 2,
    hideResults: true,
    status: "open",
    ...overrides,
  };
}

describe("dot voting", () => {
  it("opens and closes a vote in the control doc", () => {
    const control = new Y.Doc();
    expect(readVoteRound(control, "scenarios")).toBeNull();
    const opened = expectOk(
      openVote(control, { step: "scenarios", votesPerPerson: 5, maxPerNote: 2, hideResults: true }),
    );
    expect(readVoteRound(control, "scenarios")).toEqual(opened);
    expect(readVoteRound(control, "prioritize")).toBeNull();
    expectOk(closeVote(control, { step: "scenarios" }));
    expect(readVoteRound(control, "scenarios")?.status).toBe("closed");
    const tooMany = openVote(control, {
      step: "prioritize",
      votesPerPerson: 2,
      maxPerNote: 3,
      hideResults: false,
    });
    expect(tooMany.ok).toBe(false);
  });

  it("keeps every vote when two people vote at the same time", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const vote = round({ votesPerPerson: 3, maxPerNote: 3 });
    // Both vote offline on the same note, then sync both ways.
    for (let i = 0; i < 3; i++) {
      expectOk(castVote(a, vote, { voterId: "ana", scenarioId: "s1" }));
      expectOk(castVote(b, vote, { voterId: "ben", scenarioId: "s1" }));
    }
    syncDocs(a, b);
    expect(tallyVotes(a, vote, "ana").counts.get("s1")).toBe(6);
    expect(tallyVotes(b, vote, "ben").counts.get("s1")).toBe(6);
    expect(tallyVotes(a, vote, "ana").voters).toBe(2);
  });

  it("holds the budget and the per-note cap, and lets people take a vote back", () => {
    const board = new Y.Doc();
    const vote = round();
    expectOk(castVote(board, vote, { voterId: "ana", scenarioId: "s1" }));
    expectOk(castVote(board, vote, { voterId: "ana", scenarioId: "s1" }));
    expect(castVote(board, vote, { voterId: "ana", scenarioId: "s1" }).ok).toBe(false);
    expectOk(castVote(board, vote, { voterId: "ana", scenarioId: "s2" }));
    expect(castVote(board, vote, { voterId: "ana", scenarioId: "s3" }).ok).toBe(false);
    let tally = tallyVotes(board, vote, "ana");
    expect(tally.remaining).toBe(0);
    expect(tally.mine.get("s1")).toBe(2);

    expectOk(retractVote(board, vote, { voterId: "ana", scenarioId: "s1" }));
    expect(retractVote(board, vote, { voterId: "ana", scenarioId: "s9" }).ok).toBe(false);
    tally = tallyVotes(board, vote, "ana");
    expect(tally.remaining).toBe(1);
    expect(tally.counts.get("s1")).toBe(1);
    // The freed slot is reused.
    expectOk(castVote(board, vote, { voterId: "ana", scenarioId: "s3" }));
    expect(tallyVotes(board, vote, "ana").counts.get("s3")).toBe(1);
  });

  it("never lets one person's two tabs exceed the budget or the per-note cap", () => {
    const tab1 = new Y.Doc();
    const tab2 = new Y.Doc();
    const vote = round({ votesPerPerson: 2, maxPerNote: 1 });
    // Both tabs see one free slot pattern and vote on the same note concurrently.
    expectOk(castVote(tab1, vote, { voterId: "ana", scenarioId: "s1" }));
    expectOk(castVote(tab1, vote, { voterId: "ana", scenarioId: "s2" }));
    expectOk(castVote(tab2, vote, { voterId: "ana", scenarioId: "s3" }));
    expectOk(castVote(tab2, vote, { voterId: "ana", scenarioId: "s1" }));
    syncDocs(tab1, tab2);
    const one = tallyVotes(tab1, vote, "ana");
    const two = tallyVotes(tab2, vote, "ana");
    expect([...one.counts]).toEqual([...two.counts]);
    const total = [...one.counts.values()].reduce((sum, n) => sum + n, 0);
    expect(total).toBeLessThanOrEqual(2);
    for (const count of one.counts.values()) expect(count).toBeLessThanOrEqual(1);
  });

  it("counts the per-note cap when two tabs race past it", () => {
    const tab1 = new Y.Doc();
    const tab2 = new Y.Doc();
    const vote = round({ votesPerPerson: 3, maxPerNote: 1 });
    expectOk(castVote(tab1, vote, { voterId: "ana", scenarioId: "s2" }));
    syncDocs(tab1, tab2);
    // Slot 1 in one tab, slot 1 in the other, then slot 2: two dots on s1 from one person.
    expectOk(castVote(tab1, vote, { voterId: "ana", scenarioId: "s1" }));
    expectOk(castVote(tab2, vote, { voterId: "ana", scenarioId: "s3" }));
    syncDocs(tab1, tab2);
    expectOk(castVote(tab2, vote, { voterId: "ana", scenarioId: "s4" }));
    const raw = tallyVotes(tab2, vote, "ana");
    expect([...raw.counts.values()].every((count) => count <= 1)).toBe(true);
  });

  it("refuses votes when closed and ignores dots of earlier rounds", () => {
    const board = new Y.Doc();
    const first = round({ id: "first" });
    expectOk(castVote(board, first, { voterId: "ana", scenarioId: "s1" }));
    expect(
      castVote(board, { ...first, status: "closed" }, { voterId: "ana", scenarioId: "s1" }).ok,
    ).toBe(false);
    expect(castVote(board, null, { voterId: "ana", scenarioId: "s1" }).ok).toBe(false);
    const second = round({ id: "second" });
    expect(tallyVotes(board, second, "ana").counts.size).toBe(0);
    expect(tallyVotes(board, first, "ben").counts.get("s1")).toBe(1);
    expect(tallyVotes(board, first, "ben").mine.size).toBe(0);
  });
});
