import { describe, expect, it } from "vitest";
import { csvField, roadmapToCsv, scenariosToCsv } from "./csv";
import { fixtureSummary } from "./testing";

/** A small RFC 4180 reader, to check the files parse back into the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && body[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else field += char;
  }
  return rows;
}

describe("CSV exports", () => {
  it("quotes commas, quotes and line breaks, and defuses formulas", () => {
    expect(csvField('a,b "c"')).toBe('"a,b ""c"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField(null)).toBe("");
    expect(csvField(0.5)).toBe("0.5");
  });

  it("writes every scenario and roadmap item, and parses back", () => {
    const summary = fixtureSummary({ hostile: true });
    const scenarios = parseCsv(scenariosToCsv(summary));
    expect(scenarios[0]?.[1]).toBe("scenario");
    expect(scenarios).toHaveLength(summary.scenarios.length + 1);
    expect(scenarios.map((r) => r[1])).toContain(
      summary.scenarios.find((s) => s.id === "sc-hostile")?.text.replace(/^=/, "'="),
    );
    const roadmap = parseCsv(roadmapToCsv(summary));
    expect(roadmap).toHaveLength(summary.roadmap.length + 1);
    expect(roadmap[1]?.slice(0, 4)).toEqual([
      "1",
      "Recommend refills based on past orders",
      "Bo Engineer",
      "2027-Q2",
    ]);
    expect(roadmap.every((r) => r.length === roadmap[0]?.length)).toBe(true);
  });
});
