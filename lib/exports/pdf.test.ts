import { describe, expect, it } from "vitest";
import { loadExportFonts } from "./fonts";
import { summaryToPdf } from "./pdf";
import { fixtureSummary } from "./testing";
import { pdfText } from "./testing-pdf";

describe("summaryToPdf", () => {
  it("has extractable text with the objective, accents and every roadmap item", async () => {
    const summary = fixtureSummary({ hostile: true });
    const pdf = await summaryToPdf(summary, { fonts: loadExportFonts() });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(pdf);
    expect(text).toContain("Spring relaunch — Café Zoë");
    expect(text).toContain(summary.objective.text);
    expect(summary.roadmap.length).toBeGreaterThan(0);
    for (const item of summary.roadmap) expect(text).toContain(item.scenario);
    expect(text).toContain("Quick wins");
    expect(text).toContain("Q2 2027");
  });

  it("lists the votes of the last closed vote next to each prioritized scenario", async () => {
    const summary = fixtureSummary();
    const voted = {
      ...summary,
      scenarios: summary.scenarios.map((s, index) => ({ ...s, votes: index === 0 ? 7 : 0 })),
    };
    const text = await pdfText(await summaryToPdf(voted, { fonts: loadExportFonts() }));
    expect(text).toContain("Votes");
    expect(text).toMatch(/ 7 /);
  });
});
