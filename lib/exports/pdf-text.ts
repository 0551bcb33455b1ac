import type { ExportFonts } from "./fonts";
import { fontRuns, type FontRun } from "./font-runs";

export type Doc = PDFKit.PDFDocument;
export type Face = "regular" | "bold" | "italic";
export type TextPart = { text: string; face: Face; color?: string };

/** Registers the faces and fallbacks under the names font runs use. */
export function registerExportFonts(doc: Doc, fonts: ExportFonts): void {
  // PDFKit takes parsed fontkit fonts as well as bytes (its types only list bytes and paths).
  doc.registerFont("regular", fonts.regular as unknown as Buffer);
  doc.registerFont("bold", fonts.bold as unknown as Buffer);
  doc.registerFont("italic", fonts.italic as unknown as Buffer);
  for (const fallback of fonts.fallbacks) {
    doc.registerFont(fallback.name, fallback.font as unknown as Buffer);
  }
}

/** The runs to draw `parts` with: each part's face first, then the fallback chain. */
export function partRuns(
  fonts: ExportFonts,
  parts: readonly TextPart[],
): (FontRun & { color?: string })[] {
  return parts.flatMap((part) =>
    fontRuns(part.text, [{ name: part.face, font: fonts[part.face] }, ...fonts.fallbacks]).map(
      (run) => ({ ...run, color: part.color }),
    ),
  );
}

/** Width of the parts on one line at the current font size. */
export function partsWidth(doc: Doc, fonts: ExportFonts, parts: readonly TextPart[]): number {
  let width = 0;
  for (const run of partRuns(fonts, parts)) width += doc.font(run.font).widthOfString(run.text);
  return width;
}

/**
 * Writes text parts as one paragraph at (x, y), switching fonts run by run so that characters
 * the face lacks ("→", "≈", emoji) come from a fallback font instead of printing as boxes.
 */
export function writeParts(
  doc: Doc,
  fonts: ExportFonts,
  parts: readonly TextPart[],
  x: number,
  y: number,
  options: PDFKit.Mixins.TextOptions,
): void {
  const runs = partRuns(fonts, parts).filter((run) => run.text.length > 0);
  if (runs.length === 0) return;
  // PDFKit puts each run's baseline one ascender of *its* font below the line top, and the
  // fallbacks' ascenders differ (Arabic sat a third of a line low): every run gets the face's.
  const face = parts[0]?.face ?? "regular";
  const size = (doc as unknown as { _fontSize: number })._fontSize;
  const baseline = -((fonts[face].ascent / fonts[face].unitsPerEm) * size);
  runs.forEach((run, index) => {
    doc.font(run.font);
    if (run.color) doc.fillColor(run.color);
    const continued = index < runs.length - 1;
    const line = { ...options, continued, ...(runs.length > 1 ? { baseline } : {}) };
    if (index === 0) doc.text(run.text, x, y, line);
    else doc.text(run.text, line);
  });
}
