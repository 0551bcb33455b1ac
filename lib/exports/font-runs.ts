import type { Font } from "fontkit";

export type FontRun = { text: string; font: string };
export type FontChain = readonly { name: string; font: Font }[];

// Joiners, variation selectors and skin-tone modifiers belong to the character before them: they
// stay in its run, so an emoji sequence is never split across two fonts.
const ATTACHED = /^[\u200d\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u20e3]$/u;
const SPACE = /^\s$/u;

/**
 * Splits text into runs, each drawn with the first font of the chain that has a glyph for every
 * character in it. Characters no font covers stay with the first font (they print as a box).
 */
export function fontRuns(text: string, chain: FontChain): FontRun[] {
  const first = chain[0]?.name ?? "regular";
  const runs: FontRun[] = [];
  for (const char of text) {
    const last = runs[runs.length - 1];
    const codePoint = char.codePointAt(0) ?? 0;
    if (last && (ATTACHED.test(char) || SPACE.test(char))) {
      last.text += char;
      continue;
    }
    const name = chain.find((entry) => entry.font.hasGlyphForCodePoint(codePoint))?.name ?? first;
    if (last?.font === name) last.text += char;
    else runs.push({ text: char, font: name });
  }
  return runs;
}
