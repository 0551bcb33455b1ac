import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { buildFixtureBoard, FIXTURE_ROSTER } from "@/lib/summary/fixture";
import { readBoard } from "@/lib/documents/read-board";
import { restoreBoard } from "@/lib/documents/restore-board";
import { parseWorkshopJson, workshopToJson } from "./json";

const meta = {
  workshop: { id: "w-1", title: "Spring relaunch", date: "2027-03-01", objectiveDraft: null },
  roster: [...FIXTURE_ROSTER],
  anonymous: true,
};

describe("workshop JSON", () => {
  it("export → import → export is identical apart from ids and timestamps", () => {
    const first = workshopToJson({
      ...meta,
      board: readBoard(buildFixtureBoard()),
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
      exportedAt: new Date("2027-04-01T08:00:00Z"),
    });
    const strip = (json: string) =>
      json.replace(/"exportedAt": "[^"]+"/, "").replace(/"id": "w-\d"/, "");
    expect(strip(second)).toBe(strip(first));
    expect(first).toContain('"format": "prepersonalize.workshop"');
    expect(JSON.parse(first).board.roadmap).toHaveLength(3);
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
