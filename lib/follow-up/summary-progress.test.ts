import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { readBoard } from "@/lib/documents/read-board";
import { addToRoadmap, updateRoadmapItem } from "@/lib/documents/roadmap";
import { addScenario } from "@/lib/documents/scenarios";
import { expectOk } from "@/lib/documents/testing";
import { recordProgress } from "./progress";
import { progressSection, summarizeProgress } from "./summary-progress";

function boardWithTwoItems() {
  const doc = new Y.Doc();
  const a = expectOk(addScenario(doc, { segmentId: null, text: "Welcome offer" }));
  const b = expectOk(addScenario(doc, { segmentId: null, text: "Basket reminder" }));
  expectOk(addToRoadmap(doc, { scenarioId: a.id }));
  expectOk(addToRoadmap(doc, { scenarioId: b.id }));
  expectOk(updateRoadmapItem(doc, { itemId: a.id, ownerUserId: "u1" }));
  return { doc, a, b };
}

describe("the Progress section", () => {
  it("is absent until something was recorded", () => {
    const { doc } = boardWithTwoItems();
    expect(summarizeProgress({ doc, board: readBoard(doc), roster: [] })).toBeNull();
  });

  it("lists every item with status, update, last change and the test verdict", () => {
    const { doc, a, b } = boardWithTwoItems();
    const now = new Date("2027-03-15T09:00:00.000Z");
    expectOk(
      recordProgress(doc, {
        itemId: a.id,
        status: "testing",
        update: "Live for 10 % of visitors",
        ab: {
          controlUsers: 2000,
          controlConversions: 200,
          variantUsers: 2000,
          variantConversions: 250,
        },
        by: "Ada (owner link)",
        now,
      }),
    );
    expectOk(
      recordProgress(doc, {
        itemId: b.id,
        status: "dropped",
        dropReason: "No consent",
        by: "Fran",
        now,
      }),
    );
    const progress = summarizeProgress({
      doc,
      board: readBoard(doc),
      roster: [{ userId: "u1", name: "Ada" }],
    });
    expect(progress).not.toBeNull();
    if (!progress) return;
    const section = progressSection(progress);
    expect(section.title).toBe("Progress");
    const table = section.blocks.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.rows).toEqual([
      [
        "1",
        "Welcome offer",
        "Ada",
        "Testing",
        "Live for 10 % of visitors",
        "15 March 2027, Ada (owner link)",
      ],
      ["2", "Basket reminder", "—", "Dropped: No consent", "—", "15 March 2027, Fran"],
    ]);
    const list = section.blocks.find((block) => block.kind === "list");
    expect(list?.kind === "list" && list.items[0]?.text).toMatch(/converts better/);
  });
});
