import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import {
  composeObjective,
  defaultFollowUpDate,
  editObjective,
  setFollowUpDate,
  setFollowUpStart,
  setObjectiveHelper,
} from "./objective";
import { readBoard } from "./read-board";
import { restoreBoard } from "./restore-board";
import { addKpi, removeKpi, updateKpi } from "./kpis";
import { expectOk } from "./testing";

describe("follow-up meeting start", () => {
  it("is stored as an instant that every reader sees, survives a restore, and refuses junk", () => {
    const doc = new Y.Doc();
    expect(readBoard(doc).followUpStart).toBeNull();
    expectOk(setFollowUpStart(doc, { start: "2026-12-15T09:30:00.000Z" }));
    expect(readBoard(doc).followUpStart).toBe("2026-12-15T09:30:00.000Z");

    const copy = new Y.Doc();
    restoreBoard(copy, readBoard(doc));
    expect(readBoard(copy).followUpStart).toBe("2026-12-15T09:30:00.000Z");

    const refused = setFollowUpStart(doc, { start: "tomorrow at ten" });
    expect(refused.ok).toBe(false);
    expect(readBoard(doc).followUpStart).toBe("2026-12-15T09:30:00.000Z");
    expectOk(setFollowUpStart(doc, { start: null }));
    expect(readBoard(doc).followUpStart).toBeNull();
  });
});

describe("objective", () => {
  it("edits the shared text, the helper and the follow-up date", () => {
    const doc = new Y.Doc();
    expectOk(editObjective(doc, { text: "Top five features" }));
    expectOk(editObjective(doc, { text: "Top 5 features" }));
    expectOk(setObjectiveHelper(doc, { outcome: "the top 5 features" }));
    expectOk(setObjectiveHelper(doc, { rankedBy: "value and feasibility" }));
    expectOk(setFollowUpDate(doc, { date: "2027-02-01" }));
    expect(setFollowUpDate(doc, { date: "next week" }).ok).toBe(false);
    expect(readBoard(doc)).toMatchObject({
      objective: "Top 5 features",
      objectiveHelper: { outcome: "the top 5 features", rankedBy: "value and feasibility" },
      followUpDate: "2027-02-01",
    });
  });

  it("composes the helper sentence", () => {
    expect(composeObjective({ outcome: "the top 5 features", rankedBy: "value" })).toBe(
      "By the end of this workshop we will have the top 5 features, ranked by value.",
    );
    expect(composeObjective({ outcome: " ", rankedBy: "" })).toBe(
      "By the end of this workshop we will have ….",
    );
  });

  it("suggests a follow-up two weeks out", () => {
    expect(defaultFollowUpDate(new Date("2027-01-25T16:00:00Z"))).toBe("2027-02-08");
  });

  it("keeps an ordered KPI list", () => {
    const doc = new Y.Doc();
    const ctr = expectOk(addKpi(doc, { text: "CTR" }));
    expectOk(addKpi(doc, { text: "Conversion" }));
    expectOk(updateKpi(doc, { kpiId: ctr.id, text: "Click-through rate", index: 1 }));
    expect(readBoard(doc).kpis.map((kpi) => kpi.text)).toEqual([
      "Conversion",
      "Click-through rate",
    ]);
    expectOk(removeKpi(doc, { kpiId: ctr.id }));
    expect(readBoard(doc).kpis).toHaveLength(1);
  });
});
