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

  // Everything at once, as a note from a global team might read: Latin accents, Greek, Cyrillic,
  // Chinese, Japanese kana, Hangul, Arabic, arrows and comparison signs, CJK punctuation, emoji
  // with skin tones and variation selectors.
  const HOSTILE =
    "Crème brûlée à Göteborg, Ærø, Çağrı, Ñandú; Ελληνικά αβγ; Ёжик в тумане; " +
    "个性化推荐，提高复购率。「試験」ひらがな カタカナ; 개인화 추천 실험; مرحبا بالعالم; " +
    "18 % → 21 % ≈ +3 pts, ≥ 95 %, ≤ 2 s, ⇒ ↔ ∑ √ ∆ ≠; ✓ ★ ☂; 🎉 👍🏽 ❤️ 🚀 🇫🇷 😀";

  it.each(["regular", "bold", "italic"] as const)(
    "draws every character of a hostile multilingual fixture with a real glyph (%s)",
    (face) => {
      const runs = fontRuns(HOSTILE, [{ name: face, font: fonts[face] }, ...fonts.fallbacks]);
      expect(runs.map((run) => run.text).join("")).toBe(HOSTILE);
      for (const run of runs) {
        const font = fontsByName.get(run.font);
        if (!font) throw new Error(`no font ${run.font}`);
        const missing = font.layout(run.text).glyphs.filter((glyph) => glyph.id === 0);
        expect({ run, missing: missing.length }).toEqual({ run, missing: 0 });
      }
      expect(new Set(runs.map((run) => run.font))).toEqual(
        new Set([face, "math", "symbols", "emoji", "arabic", "cjk", "hangul"]),
      );
    },
  );

  it("embeds only subsets: the hostile fixture adds little to the PDF and reads back", async () => {
    const summary = fixtureSummary();
    const plain = await summaryToPdf(summary, { fonts });
    const noted = { ...summary, objective: { ...summary.objective, text: HOSTILE } };
    const pdf = await summaryToPdf(noted, { fonts });
    // The CJK fonts alone are 10 MB each: whole fonts would show here by megabytes.
    expect(pdf.byteLength - plain.byteLength).toBeLessThan(120_000);
    const text = await pdfText(pdf);
    expect(text).not.toContain("\u0000");
    // CJK lines break between any two characters: compare without the spaces pdf.js puts there.
    const packed = text.replace(/\s+/g, "");
    for (const phrase of [
      "个性化推荐，提高复购率。",
      "「試験」ひらがな",
      "개인화추천",
      "Ёжиквтумане",
    ]) {
      expect(packed).toContain(phrase);
    }
    for (const phrase of ["≥ 95 %", "Çağrı", "⇒ ↔ ∑ √ ∆ ≠"]) expect(text).toContain(phrase);
  });

  it("keeps the arrow in the PDF's text layer instead of a NUL", async () => {
    const summary = fixtureSummary();
    const noted = { ...summary, objective: { ...summary.objective, text: MULTILINGUAL } };
    const text = await pdfText(await summaryToPdf(noted, { fonts }));
    expect(text).not.toContain("\u0000");
    expect(text).toContain("18 % → 21 % ≈ +3 pts");
    expect(text).toContain("Ţară Łódź");
  });
});
