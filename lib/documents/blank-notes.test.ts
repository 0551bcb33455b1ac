import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { buildSummary } from "@/lib/summary/build-summary";
import { workshopToJson } from "@/lib/exports/json";
import { isBlankRisk, isBlankScenario, withoutBlankNotes } from "./blank-notes";
import { placeOnMatrix } from "./matrix";
import { readBoard } from "./read-board";
import { addRisk } from "./risks";
import { proposeRoadmap } from "./roadmap";
import { addScenario } from "./scenarios";
import { addSegment } from "./segments";
import { selectCoverage, selectIdeas, selectUnplacedScenarios } from "./selectors";
import { expectOk } from "./testing";

function board(): Y.Doc {
  const doc = new Y.Doc();
  expectOk(addSegment(doc, { id: "g", name: "New visitors" }));
  expectOk(addScenario(doc, { id: "idea", segmentId: "g", text: "Welcome tour", authorId: "u" }));
  // The note someone added when the facilitator moved on: nobody typed into it.
  expectOk(addScenario(doc, { id: "blank", segmentId: "g", text: "  ", authorId: "u" }));
  expectOk(addRisk(doc, { id: "r-blank", scenarioId: "idea", authorId: "u" }));
  expectOk(
    addRisk(doc, { id: "r-on-blank", scenarioId: "blank", description: "x", authorId: "u" }),
  );
  return doc;
}

describe("blank notes", () => {
  it("are whitespace-only scenarios and risks without description or mitigation", () => {
    expect(isBlankScenario({ text: " \n" })).toBe(true);
    expect(isBlankScenario({ text: "a" })).toBe(false);
    expect(isBlankRisk({ description: "", mitigation: " " })).toBe(true);
    expect(isBlankRisk({ description: "", mitigation: "Ask first" })).toBe(false);
  });

  it("are not counted, offered on the matrix or proposed for the roadmap", () => {
    const doc = board();
    const snapshot = readBoard(doc);
    expect(snapshot.scenarios).toHaveLength(2);
    expect(selectIdeas(snapshot).map((s) => s.id)).toEqual(["idea"]);
    expect(selectCoverage(snapshot)).toEqual([{ segmentId: "g", count: 1, status: "too-few" }]);
    expect(selectUnplacedScenarios(snapshot).map((s) => s.id)).toEqual(["idea"]);
    expectOk(placeOnMatrix(doc, { scenarioId: "blank", value: 1, feasibility: 1 }));
    expectOk(placeOnMatrix(doc, { scenarioId: "idea", value: 0.9, feasibility: 0.9 }));
    const added = expectOk(proposeRoadmap(doc));
    expect(added.map((item) => item.scenarioId)).toEqual(["idea"]);
  });

  it("never reach the summary or the JSON export", () => {
    const snapshot = readBoard(board());
    const counted = withoutBlankNotes(snapshot);
    expect(counted.scenarios.map((s) => s.id)).toEqual(["idea"]);
    expect(counted.risks).toEqual([]);
    expect(withoutBlankNotes(snapshot)).toBe(counted);
    const summary = buildSummary({
      workshop: { title: "W", date: "2027-03-01", facilitator: "F" },
      roster: [],
      board: snapshot,
      anonymous: false,
    });
    expect(JSON.stringify(summary)).not.toContain("Untitled scenario");
    expect(summary.scenarios.map((s) => s.text)).toEqual(["Welcome tour"]);
    const json = JSON.parse(
      workshopToJson({
        workshop: { id: "w", title: "W", date: null, objectiveDraft: null },
        roster: [],
        board: snapshot,
        anonymous: false,
        exportedAt: new Date("2027-03-01T00:00:00.000Z"),
      }),
    ) as { board: { scenarios: unknown[]; risks: unknown[] } };
    expect(json.board.scenarios).toHaveLength(1);
    expect(json.board.risks).toHaveLength(0);
  });
});
