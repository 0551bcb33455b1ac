import { describe, expect, it } from "vitest";
import { escapeMarkdown, summaryToMarkdown } from "./markdown";
import { fixtureSummary, HOSTILE_TEXT } from "./testing";

const files = { matrixSvg: "matrix.svg", timelineSvg: "timeline.svg" };

describe("summaryToMarkdown", () => {
  it("escapes hostile note text so it cannot inject HTML, table cells or code", () => {
    const escaped = escapeMarkdown(HOSTILE_TEXT);
    expect(escaped).not.toMatch(/<script/i);
    expect(escaped).toContain("&lt;script&gt;");
    // Every pipe and backtick is backslash-escaped.
    expect(escaped.replace(/\\[|`]/g, "")).not.toMatch(/[|`]/);
    expect(escapeMarkdown("line one\n# heading")).toBe("line one \\# heading");
  });

  it("renders the sections, GitHub tables and both pictures", () => {
    const summary = fixtureSummary({ hostile: true });
    const markdown = summaryToMarkdown(summary, files);
    expect(markdown).toContain("# Spring relaunch — Café Zoë");
    expect(markdown).toContain("> Pick the three personalization ideas we build first\\.");
    expect(markdown).toContain("![Prioritization matrix](matrix.svg)");
    expect(markdown).toContain("![Roadmap timeline](timeline.svg)");
    expect(markdown).toContain("| # | Feature | Owner | When |");
    for (const item of summary.roadmap) expect(markdown).toContain(escapeMarkdown(item.scenario));
    expect(markdown).not.toMatch(/<script/i);
    // The hostile scenario's row keeps the table's column count (4 columns: 6 pieces).
    const row = markdown.split("\n").find((line) => line.includes("Zoë's"));
    expect(row?.split(/(?<!\\)\|/).length).toBe(6);
  });

  // The whole document in one readable file: a wording or section change shows up in review.
  it("matches the golden Markdown of the fixture workshop", async () => {
    const markdown = summaryToMarkdown(fixtureSummary({ hostile: true }), files);
    await expect(markdown).toMatchFileSnapshot("./__golden__/fixture-summary.md.golden");
  });
});
