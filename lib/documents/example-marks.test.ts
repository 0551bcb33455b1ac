import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { addDataSource, updateDataSource } from "./data-sources";
import { isExample, markAsExample, readExampleMarks } from "./example-marks";
import { addRisk, removeRisk } from "./risks";
import { addScenario, moveScenario } from "./scenarios";
import { addSegment } from "./segments";
import { editSharedText } from "./shared-text";
import { expectOk } from "./testing";

function exampleBoard() {
  const doc = new Y.Doc();
  expectOk(addSegment(doc, { id: "seg", name: "Returning shoppers" }));
  expectOk(addScenario(doc, { id: "s1", segmentId: "seg", text: "Recently viewed" }));
  expectOk(addScenario(doc, { id: "s2", segmentId: "seg", text: "Size memory" }));
  expectOk(addRisk(doc, { id: "r1", scenarioId: "s1", description: "Shows a gift" }));
  expectOk(addDataSource(doc, { id: "d1", name: "Orders", kind: "transactional" }));
  doc.transact(() => {
    markAsExample(doc, { collection: "segments", recordId: "seg" });
    markAsExample(doc, { collection: "scenarios", recordId: "s1" });
    markAsExample(doc, { collection: "scenarios", recordId: "s2" });
    markAsExample(doc, { collection: "risks", recordId: "r1" });
    markAsExample(doc, { collection: "dataSources", recordId: "d1" });
  });
  return doc;
}

describe("example marks", () => {
  it("clears the mark of a record typed into, and only that record's", () => {
    const doc = exampleBoard();
    const target = {
      kind: "record",
      collection: "scenarios",
      recordId: "s1",
      field: "text",
    } as const;
    expectOk(editSharedText(doc, { target, text: "Recently viewed, in our words" }));
    expect(isExample(doc, "scenarios", "s1")).toBe(false);
    expect(isExample(doc, "scenarios", "s2")).toBe(true);
    expect(isExample(doc, "segments", "seg")).toBe(true);
  });

  it("clears on any field edit, a move and a delete", () => {
    const doc = exampleBoard();
    expectOk(updateDataSource(doc, { dataSourceId: "d1", quality: "poor" }));
    expect(isExample(doc, "dataSources", "d1")).toBe(false);
    expectOk(moveScenario(doc, { scenarioId: "s2", segmentId: "seg", index: 0 }));
    expect(isExample(doc, "scenarios", "s2")).toBe(false);
    expectOk(removeRisk(doc, { riskId: "r1" }));
    expect(readExampleMarks(doc)).toEqual(
      expect.not.arrayContaining([{ collection: "risks", recordId: "r1" }]),
    );
  });

  it("a write that changes nothing keeps the mark", () => {
    const doc = exampleBoard();
    const target = {
      kind: "record",
      collection: "scenarios",
      recordId: "s1",
      field: "text",
    } as const;
    expectOk(editSharedText(doc, { target, text: "Recently viewed" }));
    expectOk(updateDataSource(doc, { dataSourceId: "d1", kind: "transactional" }));
    expect(isExample(doc, "scenarios", "s1")).toBe(true);
    expect(isExample(doc, "dataSources", "d1")).toBe(true);
  });

  it("a refused edit clears no mark", () => {
    const doc = exampleBoard();
    const refused = updateDataSource(doc, { dataSourceId: "missing", quality: "poor" });
    expect(refused.ok).toBe(false);
    expect(readExampleMarks(doc)).toHaveLength(5);
  });

  it("reaches another replica: a remote edit clears the mark there too", () => {
    const a = exampleBoard();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(isExample(b, "scenarios", "s1")).toBe(true);
    b.on("update", (update: Uint8Array) => Y.applyUpdate(a, update));
    const target = {
      kind: "record",
      collection: "scenarios",
      recordId: "s1",
      field: "text",
    } as const;
    expectOk(editSharedText(b, { target, text: "Changed on b" }));
    expect(isExample(a, "scenarios", "s1")).toBe(false);
  });
});
