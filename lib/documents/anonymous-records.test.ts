import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { buildSummary } from "@/lib/summary/build-summary";
import { workshopToJson } from "@/lib/exports/json";
import { readControl, setAnonymousMode } from "./control";
import { addPrivateNote, copyPrivateNotesToBoard, readPrivateNotes } from "./private-notes";
import { readBoard } from "./read-board";
import { addRisk } from "./risks";
import { addScenario } from "./scenarios";
import { expectOk } from "./testing";

const ROSTER = [
  { userId: "u-dana", name: "Dana", role: "participant", function: "marketing" },
] as const;

/** Every string stored anywhere in the doc, keys included. */
function storedStrings(doc: Y.Doc): string {
  return JSON.stringify(doc.toJSON());
}

describe("records written in anonymous mode", () => {
  it("carry no author anywhere in the board doc", () => {
    const control = new Y.Doc();
    expectOk(setAnonymousMode(control, { anonymous: true }));
    const { anonymous } = readControl(control);
    const board = new Y.Doc();
    expectOk(
      addScenario(board, { id: "s", segmentId: null, text: "Tour", authorId: "u-dana", anonymous }),
    );
    expectOk(addRisk(board, { id: "r", scenarioId: "s", authorId: "u-dana", anonymous }));
    expect(storedStrings(board)).not.toContain("u-dana");
    expect(storedStrings(board)).not.toContain("authorId");
    expect(readBoard(board).scenarios[0]?.authorId).toBeUndefined();
  });

  it("name nobody in the summary or the JSON export after the mode is switched off", () => {
    const board = new Y.Doc();
    expectOk(addScenario(board, { id: "a", segmentId: null, text: "Anon", anonymous: true }));
    expectOk(addScenario(board, { id: "n", segmentId: null, text: "Named", authorId: "u-dana" }));
    expectOk(addRisk(board, { id: "r", scenarioId: "a", description: "Creepy", anonymous: true }));
    const snapshot = readBoard(board);
    const summary = buildSummary({
      workshop: { title: "W", date: "2027-03-01", facilitator: "F" },
      roster: ROSTER,
      board: snapshot,
      anonymous: false,
    });
    const byText = new Map(summary.scenarios.map((s) => [s.text, s.author]));
    expect(byText.get("Anon")).toBeNull();
    expect(byText.get("Named")).toBe("Dana");
    expect(summary.risksByScenario.flatMap((g) => g.risks).map((r) => r.author)).toEqual([null]);
    const json = workshopToJson({
      workshop: { id: "w", title: "W", date: null, objectiveDraft: null },
      roster: [...ROSTER],
      board: snapshot,
      anonymous: false,
      exportedAt: new Date("2027-03-01T00:00:00.000Z"),
    });
    const exported = JSON.parse(json) as { board: { scenarios: { id: string }[] } };
    expect(exported.board.scenarios.find((s) => s.id === "a")).not.toHaveProperty("authorId");
  });

  it("private notes written or revealed in anonymous mode are copied without their author", () => {
    const mine = new Y.Doc();
    expectOk(
      addPrivateNote(mine, { kind: "scenario", segmentId: null, text: "A", anonymous: true }),
    );
    expectOk(addPrivateNote(mine, { kind: "scenario", segmentId: null, text: "B" }));
    const board = new Y.Doc();
    copyPrivateNotesToBoard(board, { notes: readPrivateNotes(mine), authorId: "u-dana" });
    const authors = new Map(readBoard(board).scenarios.map((s) => [s.text, s.authorId]));
    expect(authors).toEqual(
      new Map([
        ["A", undefined],
        ["B", "u-dana"],
      ]),
    );

    const revealedWhileOn = new Y.Doc();
    copyPrivateNotesToBoard(revealedWhileOn, {
      notes: readPrivateNotes(mine),
      authorId: "u-dana",
      anonymous: true,
    });
    expect(storedStrings(revealedWhileOn)).not.toContain("u-dana");
  });
});
