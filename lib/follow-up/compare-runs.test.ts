import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { placeOnMatrix } from "@/lib/documents/matrix";
import { readBoard } from "@/lib/documents/read-board";
import { addRisk, removeRisk, updateRisk } from "@/lib/documents/risks";
import { addToRoadmap } from "@/lib/documents/roadmap";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment, removeSegment } from "@/lib/documents/segments";
import { expectOk } from "@/lib/documents/testing";
import { compareRuns } from "./compare-runs";
import { buildNextRunBoard } from "./next-run";
import { readFollowUpProgress, recordProgress } from "./progress";

describe("compareRuns", () => {
  it("reports segments added and removed, ideas moved, roadmap outcomes and risks closed", () => {
    const first = new Y.Doc();
    const members = expectOk(addSegment(first, { name: "Members" }));
    expectOk(addSegment(first, { name: "Visitors" }));
    const refill = expectOk(addScenario(first, { segmentId: members.id, text: "Refill reminder" }));
    const points = expectOk(addScenario(first, { segmentId: members.id, text: "Points nudge" }));
    expectOk(placeOnMatrix(first, { scenarioId: refill.id, value: 0.8, feasibility: 0.8 }));
    expectOk(placeOnMatrix(first, { scenarioId: points.id, value: 0.7, feasibility: 0.3 }));
    expectOk(addToRoadmap(first, { scenarioId: refill.id }));
    expectOk(addToRoadmap(first, { scenarioId: points.id }));
    const spam = expectOk(addRisk(first, { scenarioId: refill.id, description: "Spam" }));
    const creepy = expectOk(addRisk(first, { scenarioId: points.id, description: "Creepy" }));
    expectOk(recordProgress(first, { itemId: refill.id, status: "shipped", by: "Ada" }));
    const previous = { board: readBoard(first), progress: readFollowUpProgress(first) };

    const { doc: second } = buildNextRunBoard({
      previous: { workshopId: "w1", title: "Run 1" },
      board: previous.board,
      progress: previous.progress,
      memberIds: new Set(),
      authorId: "fac",
    });
    const visitors = readBoard(second).segments.find((s) => s.name === "Visitors");
    if (visitors) expectOk(removeSegment(second, { segmentId: visitors.id }));
    expectOk(addSegment(second, { name: "Lapsed" }));
    expectOk(placeOnMatrix(second, { scenarioId: points.id, value: 0.7, feasibility: 0.8 }));
    expectOk(removeRisk(second, { riskId: creepy.id }));
    expectOk(updateRisk(second, { riskId: spam.id, mitigation: "Weekly cap" }));
    expectOk(addRisk(second, { scenarioId: refill.id, description: "Wrong product" }));

    const comparison = compareRuns(previous, {
      board: readBoard(second),
      progress: readFollowUpProgress(second),
    });
    expect(comparison.segments).toEqual({
      added: ["Lapsed"],
      removed: ["Visitors"],
      kept: ["Members"],
    });
    expect(comparison.moved).toEqual([
      { idea: "Points nudge", from: "Big bets", to: "Quick wins" },
    ]);
    expect(comparison.roadmap.map((item) => [item.idea, item.statusLabel])).toEqual([
      ["Refill reminder", "Shipped"],
      ["Points nudge", "No update recorded"],
    ]);
    expect(comparison.roadmapTally.map((t) => [t.label, t.count])).toEqual([
      ["Shipped", 1],
      ["No update recorded", 1],
    ]);
    expect(comparison.risks).toEqual({
      closed: ["Creepy"],
      mitigated: ["Spam"],
      raised: ["Wrong product"],
    });
  });
});
