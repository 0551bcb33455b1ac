import { readFileSync } from "node:fs";
import path from "node:path";

// Noto Sans (Latin, Greek, Cyrillic, Vietnamese) from the @expo-google-fonts/noto-sans npm package,
// embedded (subset) in PDFs so accents render on every reader. Read once per process.

export type ExportFonts = { regular: Buffer; bold: Buffer; italic: Buffer };

const FONT_DIR = ["node_modules", "@expo-google-fonts", "noto-sans"];

let cached: ExportFonts | null = null;

function read(...parts: string[]): Buffer {
  // From the working directory: the server and the tests run from the repo root, and Next's
  // bundler would rewrite require.resolve into a module id.
  return readFileSync(path.join(process.cwd(), ...FONT_DIR, ...parts));
}

/** The three Noto Sans faces the PDF export uses. */
export function loadExportFonts(): ExportFonts {
  cached ??= {
    regular: read("400Regular", "NotoSans_400Regular.ttf"),
    bold: read("700Bold", "NotoSans_700Bold.ttf"),
    italic: read("400Regular_Italic", "NotoSans_400Regular_Italic.ttf"),
  };
  return cached;
}
