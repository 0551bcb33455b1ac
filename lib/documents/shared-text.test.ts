import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { collectionMap } from "./layout";
import { readBoard } from "./read-board";
import { addRisk } from "./risks";
import { addScenario } from "./scenarios";
import {
  editSharedText,
  observeSharedText,
  readSharedText,
  transformSelection,
  type TextChange,
  type TextTarget,
} from "./shared-text";
import { expectOk, linkedDocs, syncDocs } from "./testing";

const text = (recordId: string, field = "text"): TextTarget => ({
  kind: "record",
  collection: "scenarios",
  recordId,
  field,
});

function boardWithNote(): Y.Doc {
  const doc = new Y.Doc();
  expectOk(addScenario(doc, { id: "s", segmentId: null, authorId: "u1" }));
  return doc;
}

describe("editSharedText", () => {
  it("stores a record's text as Y.Text, edited in place keystroke by keystroke", () => {
    const doc = boardWithNote();
    const stored = collectionMap(doc, "scenarios").get("s") as Y.Map<unknown>;
    const shared = stored.get("text");
    expect(shared).toBeInstanceOf(Y.Text);
    for (const typed of ["P", "Pi", "Pic", "Pick"]) {
      expectOk(editSharedText(doc, { target: text("s"), text: typed }));
    }
    expect(stored.get("text")).toBe(shared);
    expect(readBoard(doc).scenarios[0]?.text).toBe("Pick");
  });

  it("merges two people typing in the same note at once", () => {
    const [alice, bob] = [boardWithNote(), new Y.Doc()];
    syncDocs(alice, bob);
    expectOk(editSharedText(alice, { target: text("s"), text: "Pick three" }));
    syncDocs(alice, bob);
    // Concurrent: Alice types at the end, Bob at the start.
    expectOk(editSharedText(alice, { target: text("s"), text: "Pick three ideas" }));
    expectOk(editSharedText(bob, { target: text("s"), text: "We Pick three" }));
    syncDocs(alice, bob);
    expect(readSharedText(alice, text("s"))).toBe("We Pick three ideas");
    expect(readSharedText(bob, text("s"))).toBe("We Pick three ideas");
  });

  it("converts a plain-string field of an old doc on its first edit", () => {
    const doc = boardWithNote();
    const stored = collectionMap(doc, "scenarios").get("s") as Y.Map<unknown>;
    stored.set("text", "Old text");
    expect(readSharedText(doc, text("s"))).toBe("Old text");
    expectOk(editSharedText(doc, { target: text("s"), text: "Old text, new" }));
    expect(stored.get("text")).toBeInstanceOf(Y.Text);
    expect(readBoard(doc).scenarios[0]?.text).toBe("Old text, new");
  });

  it("edits flattened roadmap fields and the objective", () => {
    const doc = new Y.Doc();
    expectOk(editSharedText(doc, { target: { kind: "objective" }, text: "Pick three" }));
    expect(readBoard(doc).objective).toBe("Pick three");
    const risk = (field: string): TextTarget => ({
      kind: "record",
      collection: "risks",
      recordId: "r",
      field,
    });
    expectOk(addScenario(doc, { id: "s", segmentId: null, authorId: "u1" }));
    expectOk(addRisk(doc, { id: "r", scenarioId: "s", authorId: "u1" }));
    expectOk(editSharedText(doc, { target: risk("mitigation"), text: "Ask first" }));
    expect(readBoard(doc).risks[0]?.mitigation).toBe("Ask first");
  });

  it("refuses fields that are not text and records that do not exist", () => {
    const doc = boardWithNote();
    expect(editSharedText(doc, { target: text("s", "authorId"), text: "u2" }).ok).toBe(false);
    expect(editSharedText(doc, { target: text("missing"), text: "x" }).ok).toBe(false);
    expect(readBoard(doc).scenarios[0]?.authorId).toBe("u1");
  });
});

describe("observeSharedText", () => {
  it("reports remote edits of the field with their delta, and nothing for other notes", () => {
    const [alice, bob] = linkedDocs();
    expectOk(addScenario(alice, { id: "s", segmentId: null, authorId: "u1" }));
    expectOk(addScenario(alice, { id: "t", segmentId: null, authorId: "u1" }));
    expectOk(editSharedText(alice, { target: text("s"), text: "Pick" }));
    const changes: TextChange[] = [];
    const stop = observeSharedText(bob, text("s"), (change) => changes.push(change));
    expectOk(editSharedText(alice, { target: text("t"), text: "Other" }));
    expectOk(editSharedText(alice, { target: text("s"), text: "We Pick" }));
    stop();
    expectOk(editSharedText(alice, { target: text("s"), text: "We Pick!" }));
    expect(changes.map((change) => change.delta)).toEqual([[{ insert: "We " }]]);
  });
});

describe("transformSelection", () => {
  it("moves a caret with text inserted or deleted before it", () => {
    // Caret after "Pick " in "Pick three"; a teammate types "We " at the start.
    expect(transformSelection([{ insert: "We " }], { start: 5, end: 5 })).toEqual({
      start: 8,
      end: 8,
    });
    expect(transformSelection([{ delete: 2 }], { start: 5, end: 7 })).toEqual({
      start: 3,
      end: 5,
    });
  });

  it("keeps a caret in place when the change is after it or at it", () => {
    expect(transformSelection([{ retain: 10 }, { insert: "!" }], { start: 5, end: 5 })).toEqual({
      start: 5,
      end: 5,
    });
    expect(transformSelection([{ retain: 5 }, { insert: "x" }], { start: 5, end: 5 })).toEqual({
      start: 5,
      end: 5,
    });
  });

  it("collapses a selection whose text was deleted to the deletion point", () => {
    expect(transformSelection([{ retain: 2 }, { delete: 6 }], { start: 3, end: 6 })).toEqual({
      start: 2,
      end: 2,
    });
    expect(
      transformSelection([{ retain: 1 }, { delete: 2 }, { insert: "abc" }], { start: 8, end: 9 }),
    ).toEqual({ start: 9, end: 10 });
  });
});
