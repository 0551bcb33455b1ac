import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { setCurrentStep } from "@/lib/documents/control";
import { addDataSource } from "@/lib/documents/data-sources";
import { placeOnMatrix } from "@/lib/documents/matrix";
import { readBoard } from "@/lib/documents/read-board";
import { addRisk } from "@/lib/documents/risks";
import { addToRoadmap, updateRoadmapItem } from "@/lib/documents/roadmap";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import { expectOk } from "@/lib/documents/testing";
import { readFromLastTime } from "./from-last-time";
import { lifecycleOfDocs } from "./lifecycle-of-docs";
import { buildNextRunBoard } from "./next-run";
import { readFollowUpProgress, recordProgress } from "./progress";

function finishedRun() {
  const doc = new Y.Doc();
  const segment = expectOk(addSegment(doc, { name: "Returning buyers", lifecycleStage: "loyal" }));
  const source = expectOk(addDataSource(doc, { name: "Order history", kind: "transactional" }));
  const kept = expectOk(
    addScenario(doc, {
      segmentId: segment.id,
      text: "Refill reminder",
      authorId: "old",
      dataSourceIds: [source.id],
    }),
  );
  const parked = expectOk(
    addScenario(doc, { segmentId: segment.id, text: "Birthday gift", authorId: "old" }),
  );
  expectOk(placeOnMatrix(doc, { scenarioId: kept.id, value: 0.8, feasibility: 0.7 }));
  const risk = expectOk(
    addRisk(doc, {
      scenarioId: kept.id,
      description: "Too many emails",
      mitigation: "Cap at one a week",
      severity: "high",
    }),
  );
  expectOk(addRisk(doc, { scenarioId: parked.id, description: "Creepy", authorId: "old" }));
  expectOk(addToRoadmap(doc, { scenarioId: kept.id }));
  expectOk(
    updateRoadmapItem(doc, {
      itemId: kept.id,
      ownerUserId: "owner",
      slot: "2027-Q2",
      metric: { name: "Repeat rate" },
    }),
  );
  expectOk(recordProgress(doc, { itemId: kept.id, status: "in-progress", by: "Ada" }));
  return { doc, segment, source, kept, parked, risk };
}

describe("buildNextRunBoard", () => {
  it("carries segments, data sources, roadmap items with their status and risks with mitigations", () => {
    const { doc, segment, source, kept, parked, risk } = finishedRun();
    const { doc: next, counts } = buildNextRunBoard({
      previous: { workshopId: "w1", title: "Spring run" },
      board: readBoard(doc),
      progress: readFollowUpProgress(doc),
      memberIds: new Set(["owner", "fac"]),
      authorId: "fac",
    });
    expect(counts).toEqual({ segments: 1, dataSources: 1, roadmapItems: 1, risks: 1 });
    const board = readBoard(next);
    expect(board.segments.map((s) => [s.id, s.name, s.lifecycleStage])).toEqual([
      [segment.id, "Returning buyers", "loyal"],
    ]);
    expect(board.dataSources.map((s) => s.id)).toEqual([source.id]);
    // Only the roadmap's ideas come over, in place on the matrix, tagged with their sources.
    expect(
      board.scenarios.map((s) => [s.id, s.text, s.matrix, s.dataSourceIds, s.authorId]),
    ).toEqual([[kept.id, "Refill reminder", { value: 0.8, feasibility: 0.7 }, [source.id], "fac"]]);
    expect(board.risks.map((r) => [r.id, r.description, r.mitigation, r.severity])).toEqual([
      [risk.id, "Too many emails", "Cap at one a week", "high"],
    ]);
    expect(board.roadmap.map((i) => [i.id, i.ownerUserId, i.slot, i.metric.name])).toEqual([
      [kept.id, "owner", "2027-Q2", "Repeat rate"],
    ]);
    expect(board.objective).toBe("");
    const marks = readFromLastTime(next);
    expect(marks.previous).toEqual({ workshopId: "w1", title: "Spring run" });
    expect(marks.roadmapStatus).toEqual({ [kept.id]: "in-progress" });
    expect(marks.records.has(`segments/${segment.id}`)).toBe(true);
    expect(marks.records.has(`scenarios/${parked.id}`)).toBe(false);
    // The new run has no progress of its own yet.
    expect(readFollowUpProgress(next).items).toEqual({});
  });

  it("drops owners who are not in the new run, and leaves the new run planned", () => {
    const { doc, kept } = finishedRun();
    const { doc: next } = buildNextRunBoard({
      previous: { workshopId: "w1", title: "Spring run" },
      board: readBoard(doc),
      progress: readFollowUpProgress(doc),
      memberIds: new Set(["fac"]),
      authorId: "fac",
    });
    expect(readBoard(next).roadmap.find((i) => i.id === kept.id)?.ownerUserId).toBeNull();
    const control = new Y.Doc();
    const stage = () =>
      lifecycleOfDocs({ board: next, control, workshopDate: null, today: "2027-09-01" }).stage;
    expect(stage()).toBe("planned");
    expectOk(setCurrentStep(control, { step: "objective" }));
    expect(stage()).toBe("live");
  });
});
