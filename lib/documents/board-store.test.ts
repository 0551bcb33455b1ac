import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { boardStore, createSelection, shallowEqual } from "./board-store";
import { collectionMap } from "./layout";
import { editObjective, setFollowUpDate } from "./objective";
import { readBoard } from "./read-board";
import { addScenario, updateScenario } from "./scenarios";
import { addSegment } from "./segments";
import { selectScenariosInSegment } from "./selectors";
import { REMOTE, expectOk, linkedDocs } from "./testing";

function seeded(count: number): Y.Doc {
  const doc = new Y.Doc();
  expectOk(addSegment(doc, { id: "s1", name: "One" }));
  expectOk(addSegment(doc, { id: "s2", name: "Two" }));
  for (let i = 0; i < count; i++) {
    const segmentId = i % 2 === 0 ? "s1" : "s2";
    expectOk(addScenario(doc, { id: `n${i}`, segmentId, text: `note ${i}`, authorId: "u1" }));
  }
  return doc;
}

describe("readBoard", () => {
  it("skips invalid records instead of failing, and counts them", () => {
    const doc = seeded(2);
    doc.transact(() => {
      const broken = new Y.Map<unknown>();
      collectionMap(doc, "scenarios").set("broken", broken);
      broken.set("text", 42);
      collectionMap(doc, "scenarios").set("not-a-map", "hello");
    }, REMOTE);
    const snapshot = readBoard(doc);
    expect(snapshot.scenarios.map((s) => s.id).sort()).toEqual(["n0", "n1"]);
    expect(snapshot.skipped).toBe(2);
    expect(Object.isFrozen(snapshot)).toBe(true);
    expect(Object.isFrozen(snapshot.scenarios[0])).toBe(true);
  });

  it("fills defaults for fields older records lack", () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      const old = new Y.Map<unknown>();
      collectionMap(doc, "risks").set("r1", old);
      old.set("scenarioId", "gone");
      old.set("description", "x");
      old.set("authorId", "u1");
      old.set("createdAt", "2027-01-01T00:00:00.000Z");
      old.set("order", "V");
      const scenario = new Y.Map<unknown>();
      collectionMap(doc, "scenarios").set("gone", scenario);
      scenario.set("text", "t");
      scenario.set("segmentId", null);
      scenario.set("authorId", "u1");
      scenario.set("createdAt", "2027-01-01T00:00:00.000Z");
      scenario.set("order", "V");
    });
    expect(readBoard(doc).risks[0]).toMatchObject({
      severity: "medium",
      category: "other",
      mitigation: "",
    });
    expect(readBoard(doc).scenarios[0]).toMatchObject({
      dataSourceIds: [],
      matrix: null,
      assumption: false,
    });
  });
});

describe("boardStore", () => {
  it("matches readBoard and keeps the same snapshot until the doc changes", () => {
    const doc = seeded(10);
    const store = boardStore(doc);
    const first = store.getSnapshot();
    expect(first).toEqual(readBoard(doc));
    expect(store.getSnapshot()).toBe(first);
    expect(boardStore(doc)).toBe(store);
  });

  it("notifies once per transaction and re-parses only what changed", () => {
    const doc = seeded(10);
    const store = boardStore(doc);
    const before = store.getSnapshot();
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    expectOk(updateScenario(doc, { scenarioId: "n3", text: "edited", assumption: true }));
    expect(calls).toBe(1);
    const after = store.getSnapshot();
    expect(after).not.toBe(before);
    expect(after.segments).toBe(before.segments);
    const changed = after.scenarios.find((s) => s.id === "n3");
    expect(changed?.text).toBe("edited");
    // Untouched records keep their identity, so memoised note components skip re-rendering.
    expect(after.scenarios.find((s) => s.id === "n2")).toBe(
      before.scenarios.find((s) => s.id === "n2"),
    );
    expectOk(editObjective(doc, { text: "Objective" }));
    expectOk(setFollowUpDate(doc, { date: "2027-02-01" }));
    expect(calls).toBe(3);
    expect(store.getSnapshot()).toMatchObject({
      objective: "Objective",
      followUpDate: "2027-02-01",
    });
    expect(store.getSnapshot().scenarios).toBe(after.scenarios);
    unsubscribe();
    expectOk(updateScenario(doc, { scenarioId: "n3", text: "again" }));
    expect(calls).toBe(3);
    expect(store.getSnapshot()).toEqual(readBoard(doc));
  });

  it("follows remote changes, including deletes and invalid writes", () => {
    const [alice, bob] = linkedDocs();
    expectOk(addSegment(alice, { id: "s1", name: "One" }));
    expectOk(addScenario(alice, { id: "x", segmentId: "s1", text: "x", authorId: "u" }));
    const store = boardStore(bob);
    expect(store.getSnapshot().scenarios.map((s) => s.id)).toEqual(["x"]);
    alice.transact(() => collectionMap(alice, "scenarios").delete("x"));
    expect(store.getSnapshot().scenarios).toEqual([]);
    alice.transact(() => collectionMap(alice, "segments").set("bad", "not a record"));
    expect(store.getSnapshot().skipped).toBe(1);
    expect(store.getSnapshot()).toEqual(readBoard(bob));
  });

  it("selections return the previous value when nothing they read changed", () => {
    const doc = seeded(6);
    const store = boardStore(doc);
    const inS1 = createSelection(store, (snapshot) => selectScenariosInSegment(snapshot, "s1"));
    const first = inS1();
    expect(first.map((s) => s.id)).toEqual(["n0", "n2", "n4"]);
    expectOk(updateScenario(doc, { scenarioId: "n1", text: "in s2" }));
    expect(inS1()).toBe(first);
    expectOk(updateScenario(doc, { scenarioId: "n2", text: "in s1" }));
    expect(inS1()).not.toBe(first);
  });

  it("rebuilds 500 notes after one edit quickly", () => {
    const doc = seeded(500);
    const store = boardStore(doc);
    store.getSnapshot();
    const started = performance.now();
    for (let i = 0; i < 50; i++) {
      expectOk(updateScenario(doc, { scenarioId: `n${i}`, text: `edit ${i}` }));
      store.getSnapshot();
    }
    // Generous bound for slow CI machines; locally this is a few milliseconds per edit.
    expect((performance.now() - started) / 50).toBeLessThan(16);
  });
});

describe("shallowEqual", () => {
  it("compares arrays by element and objects by key", () => {
    const a = { x: 1 };
    expect(shallowEqual([a], [a])).toBe(true);
    expect(shallowEqual([a], [{ x: 1 }])).toBe(false);
    expect(shallowEqual({ a, n: 1 }, { a, n: 1 })).toBe(true);
    expect(shallowEqual({ a }, { b: a } as unknown as { a: typeof a })).toBe(false);
    expect(shallowEqual<unknown>(null, {})).toBe(false);
  });
});
