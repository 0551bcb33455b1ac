import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  reactionCounts,
  reactionCountsFor,
  restoreReactionCounts,
  setReaction,
  tallyReactions,
} from "./reactions";
import { syncDocs } from "./testing";

describe("reactions", () => {
  it("counts one +1 and one ? per person and note, from every client", () => {
    const ada = new Y.Doc();
    const bo = new Y.Doc();
    setReaction(ada, { reaction: "plus-one", personId: "ada", noteId: "s1", on: true });
    setReaction(ada, { reaction: "plus-one", personId: "ada", noteId: "s1", on: true });
    setReaction(bo, { reaction: "plus-one", personId: "bo", noteId: "s1", on: true });
    setReaction(bo, { reaction: "question", personId: "bo", noteId: "s1", on: true });
    syncDocs(ada, bo);
    const tally = tallyReactions(ada, "ada");
    expect(reactionCountsFor(tally, "s1")).toEqual({ "plus-one": 2, question: 1 });
    expect([...tally.mine]).toEqual(["plus-one/s1"]);
    expect(reactionCountsFor(tally, "s2")).toEqual({ "plus-one": 0, question: 0 });

    setReaction(bo, { reaction: "question", personId: "bo", noteId: "s1", on: false });
    syncDocs(ada, bo);
    expect(reactionCounts(ada)).toEqual({ s1: { "plus-one": 2, question: 0 } });
  });

  it("refuses ids that would change the key's shape", () => {
    const doc = new Y.Doc();
    const forged = setReaction(doc, {
      reaction: "plus-one",
      personId: "ada/other",
      noteId: "s1",
      on: true,
    });
    expect(forged.ok).toBe(false);
    expect(reactionCounts(doc)).toEqual({});
  });

  it("restores exported counts on an imported board", () => {
    const doc = new Y.Doc();
    restoreReactionCounts(doc, { s1: { "plus-one": 3, question: 1 } });
    expect(reactionCounts(doc)).toEqual({ s1: { "plus-one": 3, question: 1 } });
  });
});
