import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { LOCAL_ORIGIN } from "./undo";
import { collectionMap } from "./layout";
import { placeOnMatrix } from "./matrix";
import { editObjective } from "./objective";
import { readBoard } from "./read-board";
import { addRisk, updateRisk } from "./risks";
import { addToRoadmap, proposeRoadmap, updateRoadmapItem } from "./roadmap";
import { addDataSource } from "./data-sources";
import {
  addScenario,
  moveScenario,
  removeScenario,
  tagDataSource,
  updateScenario,
} from "./scenarios";
import { addSegment, removeSegment } from "./segments";
import { REMOTE, expectOk, syncDocs } from "./testing";

function twoPeople() {
  const alice = new Y.Doc();
  const bob = new Y.Doc();
  expectOk(addSegment(alice, { id: "s1", name: "Returning shoppers" }));
  expectOk(addSegment(alice, { id: "s2", name: "New visitors" }));
  expectOk(addSegment(alice, { id: "s3", name: "Lapsed" }));
  for (const text of ["a", "b", "c", "d"]) {
    expectOk(addScenario(alice, { id: text, segmentId: "s1", text, authorId: "alice" }));
  }
  syncDocs(alice, bob);
  return { alice, bob };
}

function layout(doc: Y.Doc): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const scenario of readBoard(doc).scenarios) {
    const key = scenario.segmentId ?? "tray";
    (result[key] ??= []).push(scenario.id);
  }
  return result;
}

describe("two people editing the same board offline, then syncing", () => {
  it("concurrent moves of the same scenario converge on one place, without duplicates", () => {
    const { alice, bob } = twoPeople();
    expectOk(moveScenario(alice, { scenarioId: "a", segmentId: "s2", index: 0 }));
    expectOk(moveScenario(bob, { scenarioId: "a", segmentId: "s3", index: 0 }));
    expectOk(moveScenario(bob, { scenarioId: "b", segmentId: "s1", index: 3 }));
    syncDocs(alice, bob);
    expect(layout(alice)).toEqual(layout(bob));
    const ids = readBoard(alice)
      .scenarios.map((s) => s.id)
      .sort();
    expect(ids).toEqual(["a", "b", "c", "d"]);
    expect(["s2", "s3"]).toContain(readBoard(alice).scenarios.find((s) => s.id === "a")?.segmentId);
  });

  it("concurrent reorders in one segment keep every scenario exactly once", () => {
    const { alice, bob } = twoPeople();
    expectOk(moveScenario(alice, { scenarioId: "d", segmentId: "s1", index: 0 }));
    expectOk(moveScenario(bob, { scenarioId: "a", segmentId: "s1", index: 3 }));
    expectOk(moveScenario(bob, { scenarioId: "c", segmentId: "s1", index: 0 }));
    syncDocs(alice, bob);
    const order = layout(alice).s1 ?? [];
    expect(order).toEqual(layout(bob).s1);
    expect([...order].sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("concurrent adds at the same spot both survive, in the same order everywhere", () => {
    const { alice, bob } = twoPeople();
    expectOk(addScenario(alice, { id: "x", segmentId: "s2", text: "x", authorId: "alice" }));
    expectOk(addScenario(bob, { id: "y", segmentId: "s2", text: "y", authorId: "bob" }));
    syncDocs(alice, bob);
    expect(layout(alice).s2).toEqual(layout(bob).s2);
    expect([...(layout(alice).s2 ?? [])].sort()).toEqual(["x", "y"]);
  });

  it("edits to different fields of one note, and concurrent tags, all merge", () => {
    const { alice, bob } = twoPeople();
    expectOk(addDataSource(alice, { id: "views", name: "Views", kind: "behavioral" }));
    expectOk(addDataSource(alice, { id: "orders", name: "Orders", kind: "transactional" }));
    syncDocs(alice, bob);
    expectOk(updateScenario(alice, { scenarioId: "a", text: "Recommend by past purchases" }));
    expectOk(tagDataSource(alice, { scenarioId: "a", dataSourceId: "orders" }));
    expectOk(updateScenario(bob, { scenarioId: "a", assumption: true }));
    expectOk(tagDataSource(bob, { scenarioId: "a", dataSourceId: "views" }));
    expectOk(placeOnMatrix(bob, { scenarioId: "a", value: 0.8, feasibility: 0.7 }));
    syncDocs(alice, bob);
    const a = readBoard(alice).scenarios.find((s) => s.id === "a");
    expect(a).toMatchObject({
      text: "Recommend by past purchases",
      assumption: true,
      dataSourceIds: ["orders", "views"],
      matrix: { value: 0.8, feasibility: 0.7 },
    });
    expect(readBoard(bob)).toEqual(readBoard(alice));
  });

  it("concurrent matrix drops end at one person's point, never a mix", () => {
    const { alice, bob } = twoPeople();
    expectOk(placeOnMatrix(alice, { scenarioId: "a", value: 0.1, feasibility: 0.2 }));
    expectOk(placeOnMatrix(bob, { scenarioId: "a", value: 0.9, feasibility: 0.8 }));
    syncDocs(alice, bob);
    const matrix = readBoard(alice).scenarios.find((s) => s.id === "a")?.matrix;
    expect([
      { value: 0.1, feasibility: 0.2 },
      { value: 0.9, feasibility: 0.8 },
    ]).toContainEqual(matrix);
    expect(readBoard(bob).scenarios.find((s) => s.id === "a")?.matrix).toEqual(matrix);
  });

  it("roadmap metric fields edited by two people both stick", () => {
    const { alice, bob } = twoPeople();
    expectOk(addToRoadmap(alice, { scenarioId: "a" }));
    syncDocs(alice, bob);
    expectOk(updateRoadmapItem(alice, { itemId: "a", metric: { name: "CTR" } }));
    expectOk(updateRoadmapItem(bob, { itemId: "a", metric: { target: "+10 %" }, slot: "2027-Q1" }));
    syncDocs(alice, bob);
    expect(readBoard(alice).roadmap[0]).toMatchObject({
      metric: { name: "CTR", baseline: "", target: "+10 %" },
      slot: "2027-Q1",
    });
  });

  it("two people proposing the roadmap at once get one item per scenario", () => {
    const { alice, bob } = twoPeople();
    for (const id of ["a", "b", "c"]) {
      expectOk(placeOnMatrix(alice, { scenarioId: id, value: 0.9, feasibility: 0.9 }));
    }
    syncDocs(alice, bob);
    expectOk(proposeRoadmap(alice));
    expectOk(proposeRoadmap(bob));
    syncDocs(alice, bob);
    expect(
      readBoard(alice)
        .roadmap.map((item) => item.scenarioId)
        .sort(),
    ).toEqual(["a", "b", "c"]);
    expect(collectionMap(alice, "roadmap").size).toBe(3);
  });

  it("a risk added to a scenario someone else deleted is hidden, not crashing", () => {
    const { alice, bob } = twoPeople();
    expectOk(removeScenario(alice, { scenarioId: "a" }));
    expectOk(addRisk(bob, { scenarioId: "a", authorId: "bob", description: "creepy" }));
    syncDocs(alice, bob);
    expect(readBoard(alice).risks).toEqual([]);
    expect(readBoard(bob)).toEqual(readBoard(alice));
  });

  it("a scenario moved into a segment someone else deleted lands in the tray", () => {
    const { alice, bob } = twoPeople();
    expectOk(removeSegment(alice, { segmentId: "s2" }));
    expectOk(moveScenario(bob, { scenarioId: "a", segmentId: "s2", index: 0 }));
    syncDocs(alice, bob);
    expect(readBoard(alice).scenarios.find((s) => s.id === "a")?.segmentId).toBeNull();
    expect(readBoard(bob)).toEqual(readBoard(alice));
  });

  it("concurrent typing at both ends of the objective merges", () => {
    const { alice, bob } = twoPeople();
    expectOk(editObjective(alice, { text: "top five features" }));
    syncDocs(alice, bob);
    expectOk(editObjective(alice, { text: "The top five features" }));
    expectOk(editObjective(bob, { text: "top five features, ranked by value" }));
    syncDocs(alice, bob);
    expect(readBoard(alice).objective).toBe("The top five features, ranked by value");
    expect(readBoard(bob).objective).toBe(readBoard(alice).objective);
  });
});

describe("per-user undo", () => {
  it("reverts only the local user's changes", () => {
    const { alice, bob } = twoPeople();
    const root = ["segments", "scenarios", "risks", "roadmap"].map((name) => alice.getMap(name));
    const undo = new Y.UndoManager(root, { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    expectOk(moveScenario(alice, { scenarioId: "a", segmentId: "s2", index: 0 }));
    undo.stopCapturing();
    expectOk(updateScenario(bob, { scenarioId: "b", text: "bob's edit" }));
    expectOk(addRisk(bob, { id: "r1", scenarioId: "c", authorId: "bob", description: "nagging" }));
    // Bob's changes arrive at Alice as remote updates (origin REMOTE, not tracked).
    syncDocs(alice, bob);
    expectOk(updateRisk(alice, { riskId: "r1", mitigation: "Cap at one email a week" }));

    undo.undo();
    let snapshot = readBoard(alice);
    expect(snapshot.risks[0]?.mitigation).toBe("");
    expect(snapshot.scenarios.find((s) => s.id === "a")?.segmentId).toBe("s2");
    undo.undo();
    snapshot = readBoard(alice);
    expect(snapshot.scenarios.find((s) => s.id === "a")?.segmentId).toBe("s1");
    expect(snapshot.scenarios.find((s) => s.id === "b")?.text).toBe("bob's edit");
    expect(snapshot.risks.map((r) => r.id)).toEqual(["r1"]);
    expect(undo.canUndo()).toBe(false);

    syncDocs(alice, bob);
    expect(readBoard(bob)).toEqual(readBoard(alice));
  });

  it("one undo restores a deleted scenario with its risks", () => {
    const doc = new Y.Doc();
    expectOk(addSegment(doc, { id: "s1", name: "Shoppers" }));
    expectOk(addScenario(doc, { id: "a", segmentId: "s1", text: "x", authorId: "u" }));
    expectOk(addRisk(doc, { id: "r1", scenarioId: "a", authorId: "u", description: "creepy" }));
    const roots = ["scenarios", "risks", "roadmap"].map((name) => doc.getMap(name));
    const undo = new Y.UndoManager(roots, { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    expectOk(removeScenario(doc, { scenarioId: "a" }));
    expect(readBoard(doc).scenarios).toEqual([]);
    undo.undo();
    expect(readBoard(doc).scenarios.map((s) => s.id)).toEqual(["a"]);
    expect(readBoard(doc).risks.map((r) => r.id)).toEqual(["r1"]);
    // The remote origin used by the sync helper is never a tracked origin.
    expect(undo.trackedOrigins.has(REMOTE)).toBe(false);
  });
});
