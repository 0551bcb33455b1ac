import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { qualityScore, qualityScoreText } from "@/lib/method/quality-criteria";
import { readRecord } from "./collection";
import { collectionMap } from "./layout";
import { EMPTY_QUALITY_CHECK } from "./records";
import { setQualityCriterion } from "./quality-check";
import { addScenario } from "./scenarios";
import { expectOk } from "./testing";

function boardWithIdea(): Y.Doc {
  const doc = new Y.Doc();
  expectOk(addScenario(doc, { id: "a", segmentId: null, text: "Refill reminders" }));
  return doc;
}

describe("the quality check of an idea", () => {
  it("starts with nothing met, also for ideas stored before it existed", () => {
    const doc = boardWithIdea();
    expect(readRecord(doc, "scenarios", "a")?.quality).toEqual(EMPTY_QUALITY_CHECK);
    const stored = collectionMap(doc, "scenarios").get("a");
    if (!(stored instanceof Y.Map)) throw new Error("expected a stored idea");
    for (const key of [...stored.keys()]) if (key.startsWith("quality.")) stored.delete(key);
    expect(readRecord(doc, "scenarios", "a")?.quality).toEqual(EMPTY_QUALITY_CHECK);
  });

  it("merges two people's ticks on different criteria and scores them", () => {
    const doc = boardWithIdea();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expectOk(setQualityCriterion(doc, { scenarioId: "a", criterion: "helpful", met: true }));
    expectOk(setQualityCriterion(other, { scenarioId: "a", criterion: "owned", met: true }));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    const quality = readRecord(doc, "scenarios", "a")?.quality;
    if (!quality) throw new Error("expected the idea");
    expect(qualityScore(quality)).toEqual({
      met: 2,
      total: 7,
      open: ["accurate", "consented", "timely", "measurable", "maintainable"],
    });
    expect(qualityScoreText(qualityScore(quality))).toBe("Quality 2 of 7");
    expectOk(setQualityCriterion(doc, { scenarioId: "a", criterion: "owned", met: false }));
    expect(readRecord(doc, "scenarios", "a")?.quality.owned).toBe(false);
  });

  it("refuses an unknown criterion or idea", () => {
    const doc = boardWithIdea();
    // @ts-expect-error: not a criterion
    expect(setQualityCriterion(doc, { scenarioId: "a", criterion: "shiny", met: true }).ok).toBe(
      false,
    );
    expect(
      setQualityCriterion(doc, { scenarioId: "zz", criterion: "owned", met: true }),
    ).toMatchObject({ ok: false, error: { code: "not-found" } });
  });
});
