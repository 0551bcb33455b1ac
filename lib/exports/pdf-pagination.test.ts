import { describe, expect, it } from "vitest";
import { buildSummaryDocument } from "@/lib/summary/build-summary-document";
import { loadExportFonts } from "./fonts";
import { summaryToPdf } from "./pdf";
import { fixtureSummary } from "./testing";
import { pdfPages } from "./testing-pdf";

/** The fixture with `count` prioritized scenarios: each count moves the page breaks. */
function withScenarios(count: number) {
  const summary = fixtureSummary();
  const base = summary.scenarios[0];
  if (!base) throw new Error("the fixture has scenarios");
  const scenarios = Array.from({ length: count }, (_, i) => ({
    ...base,
    id: `s${i}`,
    text: `Idea number ${i} about personalization`,
  }));
  return { ...summary, scenarios };
}

describe("PDF pagination", () => {
  it("never ends a page with a section heading and never leaves a page with only the footer line", async () => {
    const titles = buildSummaryDocument(fixtureSummary()).sections.map((s) => s.title);
    for (const count of [3, 8, 12, 16, 20, 24, 28]) {
      const summary = withScenarios(count);
      const pages = await pdfPages(await summaryToPdf(summary, { fonts: loadExportFonts() }));
      pages.forEach((page, index) => {
        const footer = `${summary.title} · ${index + 1} / ${pages.length}`;
        const body = page.replace(footer, "").replace(/\s+/g, " ").trim();
        expect(body.length, `page ${index + 1} of ${count} scenarios`).toBeGreaterThan(80);
        for (const title of titles) {
          expect(body.endsWith(title), `page ${index + 1} ends with "${title}"`).toBe(false);
        }
      });
    }
  });
});
