import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { readBoard } from "@/lib/documents/read-board";
import { restoreBoard } from "@/lib/documents/restore-board";
import { roadmapToCsv } from "@/lib/exports/csv";
import { parseWorkshopJson, workshopToJson } from "@/lib/exports/json";
import { validateWorkshopExport } from "@/lib/exports/validate-workshop-export";
import {
  DEFAULT_MEASUREMENT,
  EMPTY_ETHICS_REVIEW,
  EMPTY_LAUNCH_CHECKLIST,
} from "@/lib/documents/records";
import { fixtureSummary } from "@/lib/exports/testing";
import { buildSummaryDocument } from "./build-summary-document";
import { buildFixtureBoard, FIXTURE_ROSTER } from "./fixture";

const reco = () => {
  const item = fixtureSummary().roadmap.find((candidate) => candidate.scenarioId === "sc-reco");
  if (!item) throw new Error("the fixture has sc-reco on its roadmap");
  return item;
};

describe("the measurement plan in the summary", () => {
  it("carries the KPI, guardrail, design and the computed sample size", () => {
    // 18 % → 20 %, 10 % holdout (k = 9), 80 % power, 5 % significance; worked by hand:
    // p̄ = 0.198, n₁ = (1.95996·√(0.198·0.802·10/9) + 0.84162·√(0.18·0.82 + 0.2·0.8/9))² / 0.02² = 3,396.2
    expect(reco().measurement).toMatchObject({
      kpi: "Repeat purchase rate",
      guardrail: "Unsubscribe rate",
      baselinePercent: 18,
      effect: 2,
      effectKind: "absolute",
      controlPercent: 10,
      dailyTraffic: 1500,
      attribution: "Lift against the 10 % holdout, not last-click revenue",
      estimate: { control: 3397, treatment: 30566, total: 33963, days: 23 },
    });
  });

  it("writes one list item per measured roadmap item, with the formula's inputs", () => {
    const document = buildSummaryDocument(fixtureSummary());
    const section = document.sections.find((s) => s.title === "Measurement plan");
    const list = section?.blocks[0];
    if (list?.kind !== "list") throw new Error("expected a list");
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toEqual({
      lead: "#1 Recommend refills based on past orders:",
      text: "Repeat purchase rate (KPI: Repeat purchase rate); guardrail: Unsubscribe rate.",
      details: [
        "Design: rate today 18 %, smallest lift +2 points (absolute), holdout 10 %, 1,500 eligible visitors a day.",
        "Sample size: 3,397 control + 30,566 personalized (33,963 in all), about 23 days.",
        "Inputs: baseline 18 % → target 20 %, power 80 % (z = 0.842), two-sided significance 5 % (z = 1.960), control share 10 %.",
        "Attribution: Lift against the 10 % holdout, not last-click revenue",
      ],
    });
  });

  it("adds the measurement columns to the roadmap CSV", () => {
    const [header, first] = roadmapToCsv(fixtureSummary())
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .map((line) => line.split(","));
    const cell = (name: string) => first?.[header?.indexOf(name) ?? -1];
    expect(cell("primary_kpi")).toBe("Repeat purchase rate");
    expect(cell("baseline_rate_percent")).toBe("18");
    expect(cell("effect_kind")).toBe("absolute");
    expect(cell("sample_control")).toBe("3397");
    expect(cell("sample_personalized")).toBe("30566");
    expect(cell("estimated_days")).toBe("23");
  });

  it("reads an export made before these fields existed, with their defaults", () => {
    const json = JSON.parse(
      workshopToJson({
        workshop: { id: "w-1", title: "Spring", date: "2027-03-01", objectiveDraft: null },
        roster: [...FIXTURE_ROSTER],
        anonymous: false,
        exportedAt: new Date("2027-03-01T12:00:00Z"),
        board: readBoard(buildFixtureBoard()),
      }),
    ) as { board: { roadmap: Record<string, unknown>[] } };
    for (const item of json.board.roadmap) {
      delete item.measurement;
      delete item.ethics;
      delete item.ethicsNotes;
      delete item.launch;
    }
    const parsed = validateWorkshopExport(json);
    if (!parsed.ok) throw new Error(parsed.error);
    const [first] = parsed.board.roadmap;
    expect(first?.measurement).toEqual(DEFAULT_MEASUREMENT);
    expect(first?.ethics).toEqual(EMPTY_ETHICS_REVIEW);
    expect(first?.launch).toEqual(EMPTY_LAUNCH_CHECKLIST);
  });

  it("survives the JSON export → import round trip, review and checklist included", () => {
    const meta = {
      workshop: { id: "w-1", title: "Spring", date: "2027-03-01", objectiveDraft: null },
      roster: [...FIXTURE_ROSTER],
      anonymous: false,
      exportedAt: new Date("2027-03-01T12:00:00Z"),
    };
    const parsed = parseWorkshopJson(
      workshopToJson({ ...meta, board: readBoard(buildFixtureBoard()) }),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const imported = new Y.Doc();
    restoreBoard(imported, parsed.board);
    const item = readBoard(imported).roadmap.find((candidate) => candidate.id === "sc-reco");
    expect(item?.measurement).toEqual(
      readBoard(buildFixtureBoard()).roadmap.find((candidate) => candidate.id === "sc-reco")
        ?.measurement,
    );
    expect(item?.measurement.kpiId).toBe("k1");
    expect(item?.ethics.frequency).toEqual({
      answer: "ok",
      userId: "u-legal",
      name: "Cy Counsel",
      at: "2027-03-01T10:00:00.000Z",
    });
    expect(item?.ethicsNotes.frequency).toBe("One reminder a week at most; none after an order");
    expect(item?.launch.experiment?.name).toBe("Bo Engineer");
    expect(item?.ready).toBe(true);
    expect(item?.measurement.attribution).toBe(
      "Lift against the 10 % holdout, not last-click revenue",
    );
  });
});
