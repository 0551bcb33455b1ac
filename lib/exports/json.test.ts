import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { buildFixtureBoard, FIXTURE_ROSTER } from "@/lib/summary/fixture";
import { reactionCounts } from "@/lib/documents/reactions";
import { readBoard } from "@/lib/documents/read-board";
import { stackScenario } from "@/lib/documents/stacks";
import { restoreBoard } from "@/lib/documents/restore-board";
import { markAsExample, readExampleMarks } from "@/lib/documents/example-marks";
import { markFromLastTime, readFromLastTime } from "@/lib/follow-up/from-last-time";
import { parseWorkshopJson, workshopToJson } from "./json";
import { restoreBoardMarks } from "./restore-marks";

const meta = {
  workshop: { id: "w-1", title: "Spring relaunch", date: "2027-03-01", objectiveDraft: null },
  roster: [...FIXTURE_ROSTER],
  anonymous: true,
};

describe("workshop JSON", () => {
  it("export → import → export is identical apart from ids and timestamps", () => {
    const board = buildFixtureBoard();
    stackScenario(board, { scenarioId: "sc-chat", ontoId: "sc-welcome" });
    const first = workshopToJson({
      ...meta,
      board: readBoard(board),
      reactions: { "sc-reco": { "plus-one": 3, question: 1 } },
      exportedAt: new Date("2027-03-01T12:00:00Z"),
    });
    const parsed = parseWorkshopJson(first);
    if (!parsed.ok) throw new Error(parsed.error);
    const imported = new Y.Doc();
    restoreBoard(imported, parsed.board);
    const second = workshopToJson({
      ...meta,
      workshop: { ...meta.workshop, id: "w-2" },
      board: readBoard(imported),
      reactions: reactionCounts(imported),
      exportedAt: new Date("2027-04-01T08:00:00Z"),
    });
    const strip = (json: string) =>
      json.replace(/"exportedAt": "[^"]+"/, "").replace(/"id": "w-\d"/, "");
    expect(strip(second)).toBe(strip(first));
    expect(first).toContain('"format": "prepersonalize.workshop"');
    expect(JSON.parse(first).board.roadmap).toHaveLength(3);
    expect(JSON.parse(second).board.reactions).toEqual({
      "sc-reco": { "plus-one": 3, question: 1 },
    });
    // Schema 3's fields travel too (the fixture sets each of them).
    const restored = readBoard(imported);
    expect(restored.scenarios.find((s) => s.id === "sc-chat")?.stackedOn).toBe("sc-welcome");
    expect(restored.identityResolution).toEqual({
      status: "deterministic",
      note: "Logged-in shoppers share one customer id on web and app.",
    });
    expect(restored.dataSources.find((s) => s.id === "ds-health")?.origin).toBe("second-party");
    expect(restored.scenarios.find((s) => s.id === "sc-reco")).toMatchObject({
      channel: "email",
      technique: "predictive",
      trigger: "Expected refill date is a week away",
    });
    expect(restored.scenarios.find((s) => s.id === "sc-welcome")?.missingData).toBe(
      "Referring site of the first visit",
    );
  });

  it("imports an export from before schema 3: origin split out of kind, no identity yet", () => {
    const current = JSON.parse(
      workshopToJson({
        ...meta,
        board: readBoard(buildFixtureBoard()),
        exportedAt: new Date("2027-03-01T12:00:00Z"),
      }),
    );
    const old = structuredClone(current);
    old.board.schemaVersion = 2;
    delete old.board.identityResolution;
    delete old.board.reactions;
    for (const source of old.board.dataSources) {
      delete source.origin;
      source.kind = source.id === "ds-orders" ? "first-party" : "third-party";
    }
    for (const scenario of old.board.scenarios) {
      for (const key of ["channel", "technique", "trigger", "missingData"]) delete scenario[key];
    }
    const parsed = parseWorkshopJson(JSON.stringify(old));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.board.identityResolution).toEqual({ status: "unknown", note: "" });
    expect(parsed.board.dataSources.map((s) => [s.name, s.kind, s.origin])).toEqual([
      ["Order history", "transactional", "first-party"],
      ["Health questionnaire", "explicit-preference", "third-party"],
    ]);
    expect(parsed.board.scenarios[0]).toMatchObject({ channel: null, trigger: "" });
  });

  it("keeps the template examples and what Run again carried over, through export → import → export", () => {
    const board = buildFixtureBoard();
    board.transact(() => {
      markAsExample(board, { collection: "kpis", recordId: "k1" });
      markAsExample(board, { collection: "techStack", recordId: "t1" });
      markFromLastTime(board, {
        previous: { workshopId: "w-0", title: "Autumn run" },
        records: [
          { collection: "segments", id: "seg-ret" },
          { collection: "risks", id: "r-diet" },
          { collection: "roadmap", id: "sc-reco", status: "in-progress" },
          // Deleted since Run again: the export leaves its mark out.
          { collection: "scenarios", id: "sc-gone" },
        ],
      });
    });
    const exportOf = (doc: Y.Doc, id: string) =>
      workshopToJson({
        ...meta,
        workshop: { ...meta.workshop, id },
        board: readBoard(doc),
        exampleMarks: readExampleMarks(doc),
        fromLastTime: readFromLastTime(doc),
        exportedAt: new Date("2027-03-01T12:00:00Z"),
      });
    const first = exportOf(board, "w-1");
    expect(JSON.parse(first).board.fromLastTime).toEqual({
      previous: { workshopId: "w-0", title: "Autumn run" },
      records: [
        { collection: "risks", recordId: "r-diet" },
        { collection: "roadmap", recordId: "sc-reco", status: "in-progress" },
        { collection: "segments", recordId: "seg-ret" },
      ],
    });
    const parsed = parseWorkshopJson(first);
    if (!parsed.ok) throw new Error(parsed.error);
    const imported = new Y.Doc();
    restoreBoard(imported, parsed.board);
    restoreBoardMarks(imported, parsed.value.board, parsed.board);
    const key = (m: { collection: string; recordId: string }) => `${m.collection}/${m.recordId}`;
    expect(readExampleMarks(imported).map(key).sort()).toEqual(["kpis/k1", "techStack/t1"]);
    const carried = readFromLastTime(imported);
    expect(carried.previous).toEqual({ workshopId: "w-0", title: "Autumn run" });
    expect([...carried.records].sort()).toEqual([
      "risks/r-diet",
      "roadmap/sc-reco",
      "segments/seg-ret",
    ]);
    expect(carried.roadmapStatus).toEqual({ "sc-reco": "in-progress" });
    expect(exportOf(imported, "w-2").replace('"id": "w-2"', "")).toBe(
      first.replace('"id": "w-1"', ""),
    );
  });

  it("imports an export from before the marks were exported, with none", () => {
    const board = buildFixtureBoard();
    board.transact(() => {
      markAsExample(board, { collection: "kpis", recordId: "k1" });
      markFromLastTime(board, {
        previous: { workshopId: "w-0", title: "Autumn run" },
        records: [{ collection: "segments", id: "seg-ret" }],
      });
    });
    const old = JSON.parse(
      workshopToJson({
        ...meta,
        board: readBoard(board),
        exampleMarks: readExampleMarks(board),
        fromLastTime: readFromLastTime(board),
        exportedAt: new Date("2027-03-01T12:00:00Z"),
      }),
    );
    expect(old.board.fromLastTime).toBeDefined();
    delete old.board.exampleMarks;
    delete old.board.fromLastTime;
    const parsed = parseWorkshopJson(JSON.stringify(old));
    if (!parsed.ok) throw new Error(parsed.error);
    const imported = new Y.Doc();
    restoreBoard(imported, parsed.board);
    restoreBoardMarks(imported, parsed.value.board, parsed.board);
    expect(readBoard(imported).segments.map((s) => s.id)).toContain("seg-ret");
    expect(readExampleMarks(imported)).toEqual([]);
    expect(readFromLastTime(imported)).toEqual({
      previous: null,
      records: new Set(),
      roadmapStatus: {},
    });
    // A first run's export has no carry-over section at all.
    const firstRun = JSON.parse(
      workshopToJson({ ...meta, board: readBoard(buildFixtureBoard()), exportedAt: new Date() }),
    );
    expect(firstRun.board).not.toHaveProperty("fromLastTime");
  });

  it("refuses carry-over marks it cannot read", () => {
    const board = buildFixtureBoard();
    markFromLastTime(board, {
      previous: { workshopId: "w-0", title: "Autumn run" },
      records: [{ collection: "roadmap", id: "sc-reco", status: "shipped" }],
    });
    const exported = () =>
      JSON.parse(
        workshopToJson({
          ...meta,
          board: readBoard(board),
          fromLastTime: readFromLastTime(board),
          exportedAt: new Date("2027-03-01T12:00:00Z"),
        }),
      );
    expect(parseWorkshopJson(JSON.stringify(exported())).ok).toBe(true);
    const wrongCollection = exported();
    wrongCollection.board.fromLastTime.records[0].collection = "votes";
    const wrongStatus = exported();
    wrongStatus.board.fromLastTime.records[0].status = "finished";
    const noPrevious = exported();
    noPrevious.board.fromLastTime.previous.workshopId = "";
    for (const file of [wrongCollection, wrongStatus, noPrevious]) {
      const parsed = parseWorkshopJson(JSON.stringify(file));
      expect(parsed.ok ? "" : parsed.error).toMatch(/damaged \(board\.fromLastTime\./);
    }
  });

  it("refuses files that are not workshop exports, with a reason", () => {
    expect(parseWorkshopJson("nope")).toEqual({ ok: false, error: "That file is not JSON." });
    expect(parseWorkshopJson('{"format":"other","version":1}').ok).toBe(false);
    const damaged = parseWorkshopJson(
      JSON.stringify({ format: "prepersonalize.workshop", version: 1, board: {} }),
    );
    expect(damaged.ok ? "" : damaged.error).toMatch(/damaged/);
  });
});
