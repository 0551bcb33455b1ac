import { describe, expect, it } from "vitest";
import { readBoard } from "@/lib/documents/read-board";
import { expectOk } from "@/lib/documents/testing";
import { parseWorkshopJson, workshopToJson } from "@/lib/exports/json";
import { summaryToMarkdown } from "@/lib/exports/markdown";
import { buildSummary } from "@/lib/summary/build-summary";
import { buildSummaryDocument } from "@/lib/summary/build-summary-document";
import { buildFixtureBoard, FIXTURE_ROSTER } from "@/lib/summary/fixture";
import { exportFollowUp } from "./follow-up-export";
import { readFollowUpProgress, recordProgress } from "./progress";
import { summarizeProgress } from "./summary-progress";

function fixtureWithProgress() {
  const doc = buildFixtureBoard();
  const board = readBoard(doc);
  const first = board.roadmap[0];
  if (!first) throw new Error("the fixture has a roadmap");
  expectOk(
    recordProgress(doc, {
      itemId: first.id,
      status: "shipped",
      update: "Rolled out to every store",
      by: "Ana Facilitator",
      now: new Date("2027-03-15T09:00:00.000Z"),
    }),
  );
  const summary = buildSummary({
    workshop: { title: "Spring relaunch", date: "2027-03-01", facilitator: "Ana Facilitator" },
    roster: FIXTURE_ROSTER,
    board: readBoard(doc),
    anonymous: false,
  });
  const progress = summarizeProgress({ doc, board: readBoard(doc), roster: FIXTURE_ROSTER });
  return { doc, first, summary, progress };
}

describe("the follow-up in the documents", () => {
  it("adds a Progress section to the summary document and the Markdown export", () => {
    const { summary, progress } = fixtureWithProgress();
    expect(buildSummaryDocument(summary).sections.map((s) => s.title)).not.toContain("Progress");
    if (!progress) throw new Error("progress was recorded");
    const withProgress = { ...summary, progress };
    expect(buildSummaryDocument(withProgress).sections.map((s) => s.title)).toContain("Progress");
    const markdown = summaryToMarkdown(withProgress, { matrixSvg: "m.svg", timelineSvg: "t.svg" });
    expect(markdown).toContain("## Progress");
    expect(markdown).toContain("Rolled out to every store");
  });

  it("survives the JSON export and its parser", () => {
    const { doc, first } = fixtureWithProgress();
    const json = workshopToJson({
      workshop: { id: "w1", title: "Spring relaunch", date: "2027-03-01", objectiveDraft: null },
      roster: [],
      board: readBoard(doc),
      anonymous: false,
      exportedAt: new Date("2027-03-16T00:00:00.000Z"),
      followUp: exportFollowUp(readFollowUpProgress(doc)),
    });
    const parsed = parseWorkshopJson(json);
    expect(parsed.ok && parsed.value.followUp?.items[first.id]).toEqual({
      status: "shipped",
      dropReason: "",
      update: "Rolled out to every store",
      ab: null,
    });
  });
});
