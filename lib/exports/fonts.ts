import { readFileSync } from "node:fs";
import path from "node:path";
import { create, type Font } from "fontkit";

// Noto Sans (Latin, Greek, Cyrillic, Vietnamese) from the @expo-google-fonts/noto-sans npm package,
// embedded in PDFs so accents render on every reader, with a fallback chain for what it lacks:
// Noto Sans Arabic, Noto Sans Math (arrows such as "→", "≈", "≤"), Noto Sans Symbols 2 (check
// marks, stars, dingbats), Noto Emoji (monochrome emoji), Noto Sans SC (Chinese and Japanese kana)
// and Noto Sans KR (Hangul). pdfkit embeds only the fonts a document uses, each subset to the
// glyphs drawn: a Chinese note adds a few KB, not the 10 MB font. The CJK packages are large on
// disk (92 MB and 55 MB unpacked, nine weights each; only the regular one is read). The fonts are
// parsed once per process and the parsed fonts handed to every PDF: parsing the tables again for
// each document cost more than the rest of a 500-note export; fontkit reads a font's glyphs
// lazily, so the CJK fonts cost nothing until a character needs them.

export type ExportFonts = {
  regular: Font;
  bold: Font;
  italic: Font;
  /** Tried in order for characters the face in use lacks. */
  fallbacks: readonly { name: string; font: Font }[];
};

let cached: ExportFonts | null = null;

function open(pkg: string, ...parts: string[]): Font {
  // From the working directory: the server and the tests run from the repo root, and Next's
  // bundler would rewrite require.resolve into a module id.
  const file = path.join(
    /* turbopackIgnore: true */ process.cwd(),
    "node_modules",
    "@expo-google-fonts",
    pkg,
    ...parts,
  );
  const font = create(readFileSync(file));
  if (!("layout" in font)) throw new Error(`${parts.join("/")} is a font collection`);
  return font;
}

/** The three Noto Sans faces the PDF export uses, and the fallbacks behind them. */
export function loadExportFonts(): ExportFonts {
  cached ??= {
    regular: open("noto-sans", "400Regular", "NotoSans_400Regular.ttf"),
    bold: open("noto-sans", "700Bold", "NotoSans_700Bold.ttf"),
    italic: open("noto-sans", "400Regular_Italic", "NotoSans_400Regular_Italic.ttf"),
    fallbacks: [
      // Before math: Noto Sans Math has Arabic letters too, but not the joined forms.
      {
        name: "arabic",
        font: open("noto-sans-arabic", "400Regular", "NotoSansArabic_400Regular.ttf"),
      },
      { name: "math", font: open("noto-sans-math", "400Regular", "NotoSansMath_400Regular.ttf") },
      {
        name: "symbols",
        font: open("noto-sans-symbols-2", "400Regular", "NotoSansSymbols2_400Regular.ttf"),
      },
      { name: "emoji", font: open("noto-emoji", "400Regular", "NotoEmoji_400Regular.ttf") },
      { name: "cjk", font: open("noto-sans-sc", "400Regular", "NotoSansSC_400Regular.ttf") },
      { name: "hangul", font: open("noto-sans-kr", "400Regular", "NotoSansKR_400Regular.ttf") },
    ],
  };
  return cached;
}
