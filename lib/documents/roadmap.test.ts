import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { placeOnMatrix } from "./matrix";
import { readBoard } from "./read-board";
import { addRisk, updateRisk } from "./risks";
import {
  acceptRisk,
  addToRoadmap,
  markRoadmapItemReady,
  moveRoadmapItem,
  proposeRoadmap,
  removeFromRoadmap,
  updateRoadmapItem,
  withdrawRiskAcceptance,
} from "./roadmap";
import { ETHICS_CONCERNS } from "./records";
import { answerEthicsConcern } from "./roadmap-review";
import { addScenario } from "./scenarios";
import { selectBlockingRisks } from "./selectors";
import { expectOk } from "./testing";

function boardWith(positions: Record<string, [number, number]>): Y.Doc {
  const doc = new Y.Doc();
  for (const [id, [value, feasibility]] of Object.entries(positions)) {
    expectOk(addScenario(doc, { id, segmentId: null, text: id, authorId: "u1" }));
    expectOk(placeOnMatrix(doc, { scenarioId: id, value, feasibility }));
  }
  return doc;
}

const roadmapIds = (doc: Y.Doc) => readBoard(doc).roadmap.map((item) => item.scenarioId);

describe("proposeRoadmap", () => {
  it("proposes quick wins by value × feasibility and fills up to five in total", () => {
    const doc = boardWith({ a: [0.6, 0.6], b: [0.9, 0.9], c: [0.8, 0.7], d: [0.2, 0.2] });
    expect(expectOk(proposeRoadmap(doc)).map((item) => item.id)).toEqual(["b", "c", "a"]);
    expect(roadmapIds(doc)).toEqual(["b", "c", "a"]);
    // Proposing again adds nothing new: the candidates are already on it.
    expect(expectOk(proposeRoadmap(doc))).toEqual([]);
  });

  it("respects items already there and the max", () => {
    const doc = boardWith({ a: [0.6, 0.6], b: [0.9, 0.9], c: [0.8, 0.7], d: [0.7, 0.7] });
    expectOk(addToRoadmap(doc, { scenarioId: "a" }));
    expectOk(proposeRoadmap(doc, { max: 3 }));
    expect(roadmapIds(doc)).toEqual(["a", "b", "c"]);
  });

  it("reorders, moves lanes, edits and removes items", () => {
    const doc = boardWith({ a: [0.6, 0.6], b: [0.9, 0.9], c: [0.8, 0.7] });
    expectOk(proposeRoadmap(doc));
    expectOk(moveRoadmapItem(doc, { itemId: "a", index: 0, slot: "2027-Q2" }));
    expect(roadmapIds(doc)).toEqual(["a", "b", "c"]);
    expect(moveRoadmapItem(doc, { itemId: "a", slot: "next year" }).ok).toBe(false);
    expectOk(
      updateRoadmapItem(doc, {
        itemId: "a",
        ownerUserId: "u2",
        metric: { name: "Conversion", baseline: "2.1 %", target: "+5 %" },
        abTest: { control: "10 % holdout", durationDays: 28 },
        dependencies: "Needs the CDP feed",
      }),
    );
    expect(readBoard(doc).roadmap[0]).toMatchObject({
      ownerUserId: "u2",
      slot: "2027-Q2",
      metric: { name: "Conversion", baseline: "2.1 %", target: "+5 %" },
      abTest: { control: "10 % holdout", durationDays: 28 },
      ready: false,
      riskAcceptedBy: null,
    });
    expect(updateRoadmapItem(doc, { itemId: "a", abTest: { durationDays: 0 } }).ok).toBe(false);
    expectOk(removeFromRoadmap(doc, { itemId: "a" }));
    expect(roadmapIds(doc)).toEqual(["b", "c"]);
  });
});

describe("the ethics gate", () => {
  function gated() {
    const doc = boardWith({ a: [0.9, 0.9] });
    expectOk(addToRoadmap(doc, { scenarioId: "a" }));
    // A complete ethics review, so these tests see the risk rule alone (roadmap-review.test.ts).
    for (const concern of ETHICS_CONCERNS) {
      expectOk(
        answerEthicsConcern(doc, {
          itemId: "a",
          concern,
          answer: "ok",
          userId: "u9",
          name: "Dana",
        }),
      );
    }
    const risk = expectOk(
      addRisk(doc, {
        scenarioId: "a",
        authorId: "u1",
        category: "creepiness",
        severity: "high",
        description: "Recommends items bought as gifts back to the giver",
        now: new Date("2027-01-10T10:00:00Z"),
      }),
    );
    return { doc, risk };
  }

  it("refuses to mark ready while an unmitigated high risk is unaccepted", () => {
    const { doc, risk } = gated();
    const before = Y.encodeStateVector(doc);
    const refused = markRoadmapItemReady(doc, { itemId: "a" });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: "ethics-gate", riskIds: [risk.id] },
    });
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(selectBlockingRisks(readBoard(doc), "a").map((r) => r.id)).toEqual([risk.id]);
  });

  it("lets the item through once the risk is mitigated", () => {
    const { doc, risk } = gated();
    expectOk(updateRisk(doc, { riskId: risk.id, mitigation: "Exclude gift orders" }));
    expect(expectOk(markRoadmapItemReady(doc, { itemId: "a" })).ready).toBe(true);
  });

  it("lets the item through with an explicit acceptance, until a newer high risk appears", () => {
    const { doc, risk } = gated();
    const accepted = expectOk(
      acceptRisk(doc, {
        itemId: "a",
        userId: "u9",
        name: "Dana (Legal)",
        now: new Date("2027-01-10T11:00:00Z"),
      }),
    );
    expect(accepted.riskAcceptedBy).toEqual({
      userId: "u9",
      name: "Dana (Legal)",
      at: "2027-01-10T11:00:00.000Z",
      riskIds: [risk.id],
    });
    expectOk(markRoadmapItemReady(doc, { itemId: "a" }));
    expectOk(
      addRisk(doc, {
        scenarioId: "a",
        authorId: "u1",
        severity: "high",
        description: "Nags daily",
        now: new Date("2027-01-10T12:00:00Z"),
      }),
    );
    expectOk(markRoadmapItemReady(doc, { itemId: "a", ready: false }));
    expect(markRoadmapItemReady(doc, { itemId: "a" }).ok).toBe(false);
    // Accepting again covers the new risk as well.
    expectOk(acceptRisk(doc, { itemId: "a", userId: "u9", name: "Dana (Legal)" }));
    expect(expectOk(markRoadmapItemReady(doc, { itemId: "a" })).ready).toBe(true);
  });

  it("un-readies an item when its acceptance is withdrawn, and validates the acceptor", () => {
    const { doc } = gated();
    expect(acceptRisk(doc, { itemId: "a", userId: "u9", name: "  " }).ok).toBe(false);
    expectOk(acceptRisk(doc, { itemId: "a", userId: "u9", name: "Dana" }));
    expectOk(markRoadmapItemReady(doc, { itemId: "a" }));
    const withdrawn = expectOk(withdrawRiskAcceptance(doc, { itemId: "a" }));
    expect(withdrawn).toMatchObject({ ready: false, riskAcceptedBy: null });
    expect(markRoadmapItemReady(doc, { itemId: "nope" })).toMatchObject({
      ok: false,
      error: { code: "not-found" },
    });
  });
});
