import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { readRecord } from "./collection";
import { collectionMap } from "./layout";
import { DEFAULT_MEASUREMENT } from "./records";
import { addToRoadmap, updateRoadmapItem } from "./roadmap";
import { addScenario } from "./scenarios";
import { editSharedText } from "./shared-text";
import { expectOk } from "./testing";

function boardWithItem(): Y.Doc {
  const doc = new Y.Doc();
  expectOk(addScenario(doc, { id: "a", segmentId: null, text: "Refill reminders" }));
  expectOk(addToRoadmap(doc, { scenarioId: "a" }));
  return doc;
}

describe("a roadmap item's measurement", () => {
  it("defaults for items stored before it existed", () => {
    const doc = boardWithItem();
    const stored = collectionMap(doc, "roadmap").get("a");
    if (!(stored instanceof Y.Map)) throw new Error("expected a stored item");
    for (const key of [...stored.keys()]) if (key.startsWith("measurement.")) stored.delete(key);
    expect(readRecord(doc, "roadmap", "a")?.measurement).toEqual(DEFAULT_MEASUREMENT);
  });

  it("merges field by field, so two people filling different inputs both win", () => {
    const doc = boardWithItem();
    expectOk(updateRoadmapItem(doc, { itemId: "a", measurement: { baselinePercent: 5 } }));
    expectOk(
      updateRoadmapItem(doc, { itemId: "a", measurement: { effect: 1, dailyTraffic: 900 } }),
    );
    expectOk(
      editSharedText(doc, {
        target: {
          kind: "record",
          collection: "roadmap",
          recordId: "a",
          field: "measurement.guardrail",
        },
        text: "Unsubscribe rate",
      }),
    );
    expect(readRecord(doc, "roadmap", "a")?.measurement).toEqual({
      ...DEFAULT_MEASUREMENT,
      baselinePercent: 5,
      effect: 1,
      dailyTraffic: 900,
      guardrail: "Unsubscribe rate",
    });
  });

  it("refuses a rate outside 0–100 % or a holdout of everyone", () => {
    const doc = boardWithItem();
    expect(updateRoadmapItem(doc, { itemId: "a", measurement: { baselinePercent: 100 } }).ok).toBe(
      false,
    );
    expect(updateRoadmapItem(doc, { itemId: "a", measurement: { controlPercent: 100 } }).ok).toBe(
      false,
    );
    expect(readRecord(doc, "roadmap", "a")?.measurement).toEqual(DEFAULT_MEASUREMENT);
  });
});
