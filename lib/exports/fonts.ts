import { readFileSync } from "node:fs";
import path from "node:path";
import { create, type Font } from "fontkit";

// Noto Sans (Latin, Greek, Cyrillic, Vietnamese) from the @expo-google-fonts/noto-sans npm package,
// embedded (subset) in PDFs so accents render on every reader. The fonts are parsed once per
// process and the parsed fonts handed to every PDF: parsing the tables again for each document
// cost more than the rest of a 500-note export.

export type ExportFonts = { regular: Font; bold: Font; italic: Font };

const FONT_DIR = ["node_modules", "@expo-google-fonts", "noto-sans"];

let cached: ExportFonts | null = null;

function open(...parts: string[]): Font {
  // From the working directory: the server and the tests run from the repo root, and Next's
  // bundler would rewrite require.resolve into a module id.
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), ...FONT_DIR, ...parts);
  const font = create(readFileSync(file));
  if (!("layout" in font)) throw new Error(`${parts.join("/")} is a font collection`);
  return font;
}

/** The three Noto Sans faces the PDF export uses. */
export function loadExportFonts(): ExportFonts {
  cached ??= {
    regular: open("400Regular", "NotoSans_400Regular.ttf"),
    bold: open("700Bold", "NotoSans_700Bold.ttf"),
    italic: open("400Regular_Italic", "NotoSans_400Regular_Italic.ttf"),
  };
  return cached;
}
