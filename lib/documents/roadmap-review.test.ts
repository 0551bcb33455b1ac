import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { readRecord } from "./collection";
import { ETHICS_CONCERNS, EMPTY_ETHICS_REVIEW, EMPTY_LAUNCH_CHECKLIST } from "./records";
import { addToRoadmap, markRoadmapItemReady } from "./roadmap";
import { answerEthicsConcern, tickLaunchCheck } from "./roadmap-review";
import { addScenario } from "./scenarios";
import { expectOk } from "./testing";

const AT = new Date("2027-03-01T10:00:00Z");
const dana = { userId: "u-dana", name: "Dana (Legal)", now: AT };

function boardWithItem(): Y.Doc {
  const doc = new Y.Doc();
  expectOk(addScenario(doc, { id: "a", segmentId: null, text: "Refill reminders" }));
  expectOk(addToRoadmap(doc, { scenarioId: "a" }));
  return doc;
}

function answerAll(doc: Y.Doc, answer: "ok" | "not-applicable" = "ok"): void {
  for (const concern of ETHICS_CONCERNS) {
    expectOk(answerEthicsConcern(doc, { itemId: "a", concern, answer, ...dana }));
  }
}

describe("the ethics review of a roadmap item", () => {
  it("starts empty and records each answer with who gave it and when", () => {
    const doc = boardWithItem();
    expect(readRecord(doc, "roadmap", "a")?.ethics).toEqual(EMPTY_ETHICS_REVIEW);
    const item = expectOk(
      answerEthicsConcern(doc, { itemId: "a", concern: "consent", answer: "ok", ...dana }),
    );
    expect(item.ethics.consent).toEqual({
      answer: "ok",
      userId: "u-dana",
      name: "Dana (Legal)",
      at: "2027-03-01T10:00:00.000Z",
    });
    expect(item.ethics.bias).toBeNull();
  });

  it("keeps two people's answers to different concerns", () => {
    const doc = boardWithItem();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expectOk(answerEthicsConcern(doc, { itemId: "a", concern: "bias", answer: "ok", ...dana }));
    expectOk(
      answerEthicsConcern(other, {
        itemId: "a",
        concern: "humanOversight",
        answer: "not-applicable",
        userId: "u-eli",
        name: "Eli",
        now: AT,
      }),
    );
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    for (const replica of [doc, other]) {
      const ethics = readRecord(replica, "roadmap", "a")?.ethics;
      expect(ethics?.bias?.name).toBe("Dana (Legal)");
      expect(ethics?.humanOversight?.answer).toBe("not-applicable");
    }
  });

  it("gates ready until every concern is answered and none needs work", () => {
    const doc = boardWithItem();
    const refused = markRoadmapItemReady(doc, { itemId: "a" });
    expect(refused).toMatchObject({ ok: false, error: { code: "ethics-gate", riskIds: [] } });
    expect(refused.ok ? "" : refused.error.message).toBe(
      'Its ethics review is not complete (7 of 7 concerns unanswered). Answer every concern, none with "Needs work", before marking it ready.',
    );
    answerAll(doc, "not-applicable");
    expectOk(
      answerEthicsConcern(doc, {
        itemId: "a",
        concern: "frequency",
        answer: "needs-work",
        ...dana,
      }),
    );
    const stillRefused = markRoadmapItemReady(doc, { itemId: "a" });
    expect(stillRefused.ok ? "" : stillRefused.error.message).toMatch(/\(1 needs work\)/);
    expectOk(
      answerEthicsConcern(doc, { itemId: "a", concern: "frequency", answer: "ok", ...dana }),
    );
    expect(expectOk(markRoadmapItemReady(doc, { itemId: "a" })).ready).toBe(true);
  });

  it("takes a ready item back to not ready when an answer turns to needs work or is cleared", () => {
    const doc = boardWithItem();
    answerAll(doc);
    expectOk(markRoadmapItemReady(doc, { itemId: "a" }));
    const changed = expectOk(
      answerEthicsConcern(doc, { itemId: "a", concern: "bias", answer: "needs-work", ...dana }),
    );
    expect(changed.ready).toBe(false);
    answerAll(doc);
    expectOk(markRoadmapItemReady(doc, { itemId: "a" }));
    expect(
      expectOk(answerEthicsConcern(doc, { itemId: "a", concern: "bias", answer: null, ...dana }))
        .ready,
    ).toBe(false);
  });

  it("refuses an answer without a name or for an unknown concern", () => {
    const doc = boardWithItem();
    expect(
      answerEthicsConcern(doc, {
        itemId: "a",
        concern: "bias",
        answer: "ok",
        userId: "u",
        name: " ",
      }).ok,
    ).toBe(false);
    expect(
      answerEthicsConcern(doc, {
        itemId: "a",
        // @ts-expect-error: not one of the concerns
        concern: "astrology",
        answer: "ok",
        ...dana,
      }).ok,
    ).toBe(false);
    expect(
      answerEthicsConcern(doc, { itemId: "zz", concern: "bias", answer: "ok", ...dana }),
    ).toMatchObject({
      ok: false,
      error: { code: "not-found" },
    });
  });
});

describe("the launch checklist of a roadmap item", () => {
  it("records who ticked each check and when, and unticks", () => {
    const doc = boardWithItem();
    expect(readRecord(doc, "roadmap", "a")?.launch).toEqual(EMPTY_LAUNCH_CHECKLIST);
    const ticked = expectOk(
      tickLaunchCheck(doc, { itemId: "a", check: "rollout", ticked: true, ...dana }),
    );
    expect(ticked.launch.rollout).toEqual({
      userId: "u-dana",
      name: "Dana (Legal)",
      at: "2027-03-01T10:00:00.000Z",
    });
    expect(ticked.launch.monitoring).toBeNull();
    const unticked = expectOk(
      tickLaunchCheck(doc, { itemId: "a", check: "rollout", ticked: false, ...dana }),
    );
    expect(unticked.launch.rollout).toBeNull();
  });
});
