import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoard } from "./read-board";
import { addScenario, moveScenario, removeScenario } from "./scenarios";
import { addSegment } from "./segments";
import { notesOnWall, stackedOn, stackScenario, unstackScenario } from "./stacks";

function board() {
  const doc = new Y.Doc();
  addSegment(doc, { id: "a", name: "New visitors" });
  addSegment(doc, { id: "b", name: "Lapsed" });
  for (const id of ["one", "two", "three"]) {
    addScenario(doc, { id, segmentId: "a", text: `Idea ${id}` });
  }
  addScenario(doc, { id: "far", segmentId: "b", text: "Idea far" });
  return doc;
}

const wall = (doc: Y.Doc) => {
  const { scenarios } = readBoard(doc);
  return notesOnWall(scenarios, scenarios).map((s) => s.id);
};

describe("stacks", () => {
  it("shows a stacked note inside its host, keeping its text, and unstacks it", () => {
    const doc = board();
    expect(stackScenario(doc, { scenarioId: "far", ontoId: "one" }).ok).toBe(true);
    const { scenarios } = readBoard(doc);
    expect(wall(doc)).toEqual(["one", "two", "three"]);
    expect(stackedOn("one", scenarios).map((s) => [s.text, s.segmentId])).toEqual([
      ["Idea far", "a"],
    ]);
    unstackScenario(doc, { scenarioId: "far" });
    expect(wall(doc).sort()).toEqual(["far", "one", "three", "two"]);
  });

  it("stays one level deep: onto a stacked note joins its host; a host's stack follows it", () => {
    const doc = board();
    stackScenario(doc, { scenarioId: "two", ontoId: "one" });
    stackScenario(doc, { scenarioId: "three", ontoId: "two" });
    expect(stackedOn("one", readBoard(doc).scenarios).map((s) => s.id)).toEqual(["two", "three"]);
    stackScenario(doc, { scenarioId: "one", ontoId: "far" });
    const { scenarios } = readBoard(doc);
    expect(
      stackedOn("far", scenarios)
        .map((s) => s.id)
        .sort(),
    ).toEqual(["one", "three", "two"]);
    expect(scenarios.every((s) => s.segmentId === "b")).toBe(true);
    expect(stackScenario(doc, { scenarioId: "far", ontoId: "far" }).ok).toBe(false);
    expect(stackScenario(doc, { scenarioId: "far", ontoId: "one" }).ok).toBe(false);
  });

  it("moves the stack with its host, and frees it when the host is deleted", () => {
    const doc = board();
    stackScenario(doc, { scenarioId: "two", ontoId: "one" });
    moveScenario(doc, { scenarioId: "one", segmentId: "b", index: 0 });
    expect(readBoard(doc).scenarios.find((s) => s.id === "two")?.segmentId).toBe("b");
    removeScenario(doc, { scenarioId: "one" });
    expect(wall(doc)).toContain("two");
  });
});
