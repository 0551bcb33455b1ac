import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { readBoard } from "./read-board";
import {
  addScenario,
  moveScenario,
  removeScenario,
  tagDataSource,
  updateScenario,
} from "./scenarios";
import { addSegment, moveSegment, removeSegment } from "./segments";
import { addDataSource, removeDataSource } from "./data-sources";
import { placeOnMatrix, removeFromMatrix } from "./matrix";
import { addRisk } from "./risks";
import { addToRoadmap } from "./roadmap";
import { expectOk } from "./testing";

function board() {
  const doc = new Y.Doc();
  const shoppers = expectOk(addSegment(doc, { id: "shoppers", name: "Returning shoppers" }));
  const newbies = expectOk(addSegment(doc, { id: "newbies", name: "First-time visitors" }));
  return { doc, shoppers, newbies };
}

function textsIn(doc: Y.Doc, segmentId: string | null): string[] {
  return readBoard(doc)
    .scenarios.filter((s) => s.segmentId === segmentId)
    .map((s) => s.text);
}

describe("segments and scenarios", () => {
  it("adds scenarios in order and at an index", () => {
    const { doc } = board();
    expectOk(addScenario(doc, { segmentId: "shoppers", text: "b", authorId: "u1" }));
    expectOk(addScenario(doc, { segmentId: "shoppers", text: "c", authorId: "u1" }));
    expectOk(addScenario(doc, { segmentId: "shoppers", text: "a", authorId: "u1", index: 0 }));
    expect(textsIn(doc, "shoppers")).toEqual(["a", "b", "c"]);
    const [first] = readBoard(doc).scenarios;
    expect(first).toMatchObject({
      assumption: false,
      dataSourceIds: [],
      matrix: null,
      authorId: "u1",
    });
  });

  it("moves a scenario between segments and within one", () => {
    const { doc } = board();
    const ids = ["a", "b", "c"].map(
      (text) => expectOk(addScenario(doc, { segmentId: "shoppers", text, authorId: "u1" })).id,
    );
    expectOk(moveScenario(doc, { scenarioId: ids[0] ?? "", segmentId: "shoppers", index: 2 }));
    expect(textsIn(doc, "shoppers")).toEqual(["b", "c", "a"]);
    expectOk(moveScenario(doc, { scenarioId: ids[1] ?? "", segmentId: "newbies", index: 0 }));
    expect(textsIn(doc, "shoppers")).toEqual(["c", "a"]);
    expect(textsIn(doc, "newbies")).toEqual(["b"]);
  });

  it("moves segments", () => {
    const { doc } = board();
    expectOk(moveSegment(doc, { segmentId: "shoppers", index: 1 }));
    expect(readBoard(doc).segments.map((s) => s.id)).toEqual(["newbies", "shoppers"]);
  });

  it("moves a deleted segment's scenarios to the end of the unsorted tray", () => {
    const { doc } = board();
    expectOk(addScenario(doc, { segmentId: null, text: "already in tray", authorId: "u1" }));
    expectOk(addScenario(doc, { segmentId: "shoppers", text: "one", authorId: "u1" }));
    expectOk(addScenario(doc, { segmentId: "shoppers", text: "two", authorId: "u1" }));
    const moved = expectOk(removeSegment(doc, { segmentId: "shoppers" }));
    expect(moved).toHaveLength(2);
    expect(readBoard(doc).segments.map((s) => s.id)).toEqual(["newbies"]);
    expect(textsIn(doc, null)).toEqual(["already in tray", "one", "two"]);
  });

  it("refuses bad input and unknown ids without touching the doc", () => {
    const { doc } = board();
    const before = Y.encodeStateVector(doc);
    const noAuthor = addScenario(doc, { segmentId: "shoppers", text: "x", authorId: "" });
    expect(noAuthor.ok).toBe(false);
    if (!noAuthor.ok) expect(noAuthor.error.code).toBe("invalid-input");
    const unknown = addScenario(doc, { segmentId: "nope", text: "x", authorId: "u1" });
    expect(unknown).toMatchObject({ ok: false, error: { code: "not-found" } });
    expect(moveScenario(doc, { scenarioId: "nope", segmentId: null, index: 0 }).ok).toBe(false);
    expect(updateScenario(doc, { scenarioId: "nope", text: "x" }).ok).toBe(false);
    expect(placeOnMatrix(doc, { scenarioId: "nope", value: 1, feasibility: 1 }).ok).toBe(false);
    const tooLong = addScenario(doc, { segmentId: null, text: "x".repeat(5000), authorId: "u1" });
    expect(tooLong.ok).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it("tags data sources and untags them when the source is deleted", () => {
    const { doc } = board();
    const scenario = expectOk(
      addScenario(doc, { segmentId: "shoppers", text: "x", authorId: "u1" }),
    );
    expectOk(addDataSource(doc, { id: "orders", name: "Orders", kind: "transactional" }));
    expectOk(addDataSource(doc, { id: "views", name: "Views", kind: "behavioral" }));
    expectOk(tagDataSource(doc, { scenarioId: scenario.id, dataSourceId: "views" }));
    expectOk(tagDataSource(doc, { scenarioId: scenario.id, dataSourceId: "orders" }));
    expect(tagDataSource(doc, { scenarioId: scenario.id, dataSourceId: "ghost" }).ok).toBe(false);
    expect(readBoard(doc).scenarios[0]?.dataSourceIds).toEqual(["orders", "views"]);
    expectOk(removeDataSource(doc, { dataSourceId: "orders" }));
    expect(readBoard(doc).scenarios[0]?.dataSourceIds).toEqual(["views"]);
  });

  it("places on the matrix clamped to 0–1, and removes from it", () => {
    const { doc } = board();
    const { id } = expectOk(addScenario(doc, { segmentId: "shoppers", text: "x", authorId: "u1" }));
    expectOk(placeOnMatrix(doc, { scenarioId: id, value: 1.4, feasibility: -0.2 }));
    expect(readBoard(doc).scenarios[0]?.matrix).toEqual({ value: 1, feasibility: 0 });
    expect(placeOnMatrix(doc, { scenarioId: id, value: Number.NaN, feasibility: 0.5 }).ok).toBe(
      false,
    );
    expectOk(removeFromMatrix(doc, { scenarioId: id }));
    expect(readBoard(doc).scenarios[0]?.matrix).toBeNull();
  });

  it("deletes a scenario together with its risks and roadmap item", () => {
    const { doc } = board();
    const { id } = expectOk(addScenario(doc, { segmentId: "shoppers", text: "x", authorId: "u1" }));
    expectOk(
      addRisk(doc, { scenarioId: id, authorId: "u1", description: "creepy", severity: "high" }),
    );
    expectOk(addToRoadmap(doc, { scenarioId: id }));
    expectOk(removeScenario(doc, { scenarioId: id }));
    const snapshot = readBoard(doc);
    expect([snapshot.scenarios, snapshot.risks, snapshot.roadmap]).toEqual([[], [], []]);
  });
});
