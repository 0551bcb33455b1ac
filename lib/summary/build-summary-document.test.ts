import { describe, expect, it } from "vitest";
import { readBoard } from "@/lib/documents/read-board";
import { buildSummary, type WorkshopSummary } from "./build-summary";
import { buildSummaryDocument } from "./build-summary-document";
import { buildFixtureBoard, FIXTURE_ROSTER } from "./fixture";
import type { SummaryBlock } from "./summary-blocks";

function fixture(votes?: Record<string, number>): WorkshopSummary {
  return buildSummary({
    workshop: { title: "Spring personalization", date: "2027-03-01", facilitator: "Ana" },
    roster: FIXTURE_ROSTER,
    board: readBoard(buildFixtureBoard()),
    anonymous: false,
    votes: votes ?? null,
  });
}

function texts(block: SummaryBlock): string[] {
  switch (block.kind) {
    case "heading":
    case "paragraph":
      return [block.text];
    case "list":
      return block.items.flatMap((item) => [item.lead ?? "", item.text, ...(item.details ?? [])]);
    case "table":
      return [...block.columns.map((c) => c.header), ...block.rows.flat()];
    case "figure":
      return [];
    case "callout":
      return [block.title, ...block.lines];
  }
}

describe("buildSummaryDocument", () => {
  it("opens with the executive summary, then the sections in reading order", () => {
    const document = buildSummaryDocument(fixture());
    expect(document.sections.map((s) => s.title)).toEqual([
      "Executive summary",
      "Objective",
      "Participants",
      "Data and technology reviewed",
      "Segments",
      "Prioritized scenarios",
      "Persofails and mitigations",
      "Roadmap",
      "Quality check of the shortlist",
      "Measurement plan",
      "Ethics review",
      "Launch readiness",
      "Assumptions to validate",
      "Next steps",
    ]);
  });

  it("puts objective, roadmap items with owner, when and metric, top risks and the next meeting first", () => {
    const [executive] = buildSummaryDocument(fixture()).sections;
    const blocks = executive?.blocks ?? [];
    expect(blocks[0]).toMatchObject({ kind: "paragraph", tone: "lead" });
    const items = blocks.find((b) => b.kind === "table");
    expect(items?.kind === "table" && items.columns.map((c) => c.header)).toEqual([
      "#",
      "Feature",
      "Owner",
      "When",
      "Success metric",
    ]);
    expect(items?.kind === "table" && items.rows[0]).toEqual([
      "1",
      "Recommend refills based on past orders",
      "Bo Engineer",
      "Q2 2027",
      "Repeat purchase rate: 18 % → 21 %",
    ]);
    const risks = blocks.find((b) => b.kind === "callout");
    // The high-severity risk comes before the medium one.
    expect(risks?.kind === "callout" && risks.lines[0]).toMatch(/^High · Privacy/);
    expect(blocks.at(-1)).toMatchObject({ label: "Next meeting: " });
    expect(texts(blocks.at(-1) ?? { kind: "figure", figure: "matrix" })[0]).toContain(
      "15 March 2027",
    );
  });

  it("shows rank and quadrant, never matrix coordinates or scores", () => {
    const document = buildSummaryDocument(fixture());
    const all = document.sections.flatMap((s) => s.blocks.flatMap(texts)).join("\n");
    expect(all).not.toMatch(/\b0\.\d\d\b/);
    const scenarios = document.sections.find((s) => s.id === "prioritized-scenarios");
    const table = scenarios?.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.columns.map((c) => c.header)).toEqual([
      "Rank",
      "Scenario",
      "Segment",
      "Quadrant",
    ]);
    expect(table?.kind === "table" && table.rows[0]?.[3]).toBe("Quick wins");
  });

  it("adds a votes column once a vote was closed", () => {
    const summary = fixture({ "sc-reco": 4 });
    const scenarios = buildSummaryDocument(summary).sections.find(
      (s) => s.id === "prioritized-scenarios",
    );
    const table = scenarios?.blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no scenario table");
    expect(table.columns.at(-1)?.header).toBe("Votes");
    const row = table.rows.find((r) => r[1]?.startsWith("Recommend refills"));
    expect(row?.at(-1)).toBe("4");
  });
});
