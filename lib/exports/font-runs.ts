import type { Font } from "fontkit";

export type FontRun = { text: string; font: string };
export type FontChain = readonly { name: string; font: Font }[];

// Joiners, variation selectors and skin-tone modifiers belong to the character before them: they
// stay in its run, so an emoji sequence is never split across two fonts.
const ATTACHED = /^[\u200d\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u20e3]$/u;
const SPACE = /^\s$/u;
const LATIN = /^[\u0000-\u024f\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]*$/u;

function clusters(text: string): string[] {
  const out: string[] = [];
  for (const char of text) {
    if (out.length > 0 && ATTACHED.test(char)) out[out.length - 1] += char;
    else out.push(char);
  }
  return out;
}

function covers(font: Font, cluster: string): boolean {
  for (const char of cluster)
    if (!font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)) return false;
  return true;
}

/**
 * Splits text into runs, each drawn with the first font of the chain that has a glyph for every
 * character of each cluster in it (an emoji with its skin tone or variation selector is one
 * cluster). A cluster no font covers whole goes to the first font that has its base character,
 * else to the face itself (it prints as a box).
 */
export function fontRuns(text: string, chain: FontChain): FontRun[] {
  const first = chain[0]?.name ?? "regular";
  // Most notes are Latin: Noto Sans (always first) covers Basic Latin to Latin Extended-B whole,
  // and a 500-note PDF draws thousands of cells.
  if (LATIN.test(text)) return text ? [{ text, font: first }] : [];
  const runs: FontRun[] = [];
  for (const cluster of clusters(text)) {
    const last = runs[runs.length - 1];
    // Spaces stay in the run they are in: fewer font switches, same look.
    if (last && SPACE.test(cluster)) {
      last.text += cluster;
      continue;
    }
    const base = cluster.codePointAt(0) ?? 0;
    const name =
      chain.find((entry) => covers(entry.font, cluster))?.name ??
      chain.find((entry) => entry.font.hasGlyphForCodePoint(base))?.name ??
      first;
    if (last?.font === name) last.text += cluster;
    else runs.push({ text: cluster, font: name });
  }
  return runs;
}
