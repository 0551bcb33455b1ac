import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { readBoard } from "./read-board";
import { addToRoadmap, updateRoadmapItem } from "./roadmap";
import { swapRoadmapItem } from "./roadmap-swap";
import { addScenario } from "./scenarios";

function board(): Y.Doc {
  const doc = new Y.Doc();
  for (const id of ["a", "b", "c", "d"]) {
    addScenario(doc, { id, segmentId: null, text: id, authorId: "u1" });
  }
  for (const id of ["a", "b", "c"]) addToRoadmap(doc, { scenarioId: id });
  return doc;
}

describe("swapRoadmapItem", () => {
  it("puts the new scenario at the old item's rank, with a fresh plan", () => {
    const doc = board();
    updateRoadmapItem(doc, { itemId: "b", ownerUserId: "u1" });
    const result = swapRoadmapItem(doc, { itemId: "b", scenarioId: "d" });
    expect(result.ok).toBe(true);
    const roadmap = readBoard(doc).roadmap;
    expect(roadmap.map((item) => item.scenarioId)).toEqual(["a", "d", "c"]);
    expect(roadmap[1]?.ownerUserId).toBeNull();
  });

  it("changes nothing when the scenario is missing or already on the roadmap", () => {
    const doc = board();
    expect(swapRoadmapItem(doc, { itemId: "b", scenarioId: "zz" }).ok).toBe(false);
    expect(swapRoadmapItem(doc, { itemId: "b", scenarioId: "c" }).ok).toBe(true);
    expect(readBoard(doc).roadmap.map((item) => item.scenarioId)).toEqual(["a", "b", "c"]);
  });
});
