import { describe, expect, it } from "vitest";
import { loadExportFonts } from "./fonts";
import { fontRuns } from "./font-runs";
import { summaryToPdf } from "./pdf";
import { pdfText } from "./testing-pdf";
import { fixtureSummary } from "./testing";

/** What stakeholders type into notes: arrows, math, Latin Extended, Greek, Cyrillic, emoji. */
const MULTILINGUAL =
  "Zoë: 18 % → 21 % ≈ +3 pts ↑ ↓ ← ≤ ≥ ± × ÷ ∞ ✓ ✗ ★ € ₹ … — “quoted” ‹›; " +
  "Ωμέγα Привет Ţară Łódź ĳ ǅ Ðð ß Tiếng Việt Ørsted; 🎉 👍🏽 ❤️ 🚀 😀";

describe("PDF font runs", () => {
  const fonts = loadExportFonts();
  const fontsByName = new Map([
    ["regular", fonts.regular],
    ["bold", fonts.bold],
    ["italic", fonts.italic],
    ...fonts.fallbacks.map((f) => [f.name, f.font] as const),
  ]);

  it.each(["regular", "bold", "italic"] as const)(
    "draws every character of a multilingual note with a real glyph (%s)",
    (face) => {
      const runs = fontRuns(MULTILINGUAL, [{ name: face, font: fonts[face] }, ...fonts.fallbacks]);
      expect(runs.map((run) => run.text).join("")).toBe(MULTILINGUAL);
      for (const run of runs) {
        const font = fontsByName.get(run.font);
        if (!font) throw new Error(`no font ${run.font}`);
        const missing = font.layout(run.text).glyphs.filter((glyph) => glyph.id === 0);
        expect({ run, missing: missing.length }).toEqual({ run, missing: 0 });
      }
      expect(new Set(runs.map((run) => run.font))).toEqual(
        new Set([face, "math", "symbols", "emoji"]),
      );
    },
  );

  it("keeps the arrow in the PDF's text layer instead of a NUL", async () => {
    const summary = fixtureSummary();
    const noted = { ...summary, objective: { ...summary.objective, text: MULTILINGUAL } };
    const text = await pdfText(await summaryToPdf(noted, { fonts }));
    expect(text).not.toContain("\u0000");
    expect(text).toContain("18 % → 21 % ≈ +3 pts");
    expect(text).toContain("Ţară Łódź");
  });
});
