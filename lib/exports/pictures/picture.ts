// A picture is a list of plain shapes in points. One layout, three renderers: SVG (Markdown and
// the stakeholder page), PDFKit vector paths (PDF) and a PNG fallback (DOCX readers without SVG).

export type PictureShape =
  | {
      kind: "rect";
      x: number;
      y: number;
      width: number;
      height: number;
      fill: string;
      stroke?: string;
    }
  | { kind: "line"; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | { kind: "circle"; cx: number; cy: number; r: number; fill: string; stroke: string }
  | {
      kind: "text";
      x: number;
      /** Baseline. */
      y: number;
      text: string;
      size: number;
      fill: string;
      anchor: "start" | "middle" | "end";
      bold?: boolean;
      /** Degrees, counter-clockwise about (x, y). */
      rotate?: number;
    };

export type Picture = {
  width: number;
  height: number;
  /** Accessible name. */
  title: string;
  /** Accessible long description: what the picture shows, in words. */
  description: string;
  shapes: PictureShape[];
};

/** Shortens text to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/**
 * Breaks text into at most `maxLines` lines of about `perLine` characters at spaces; the last line
 * ends with an ellipsis when the text is longer.
 */
export function wrapText(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let rest = text.trim();
  while (rest.length > 0 && lines.length < maxLines) {
    if (rest.length <= perLine) {
      lines.push(rest);
      rest = "";
      break;
    }
    if (lines.length === maxLines - 1) {
      lines.push(truncate(rest, perLine));
      rest = "";
      break;
    }
    const cut = rest.lastIndexOf(" ", perLine);
    const at = cut > perLine / 2 ? cut : perLine;
    lines.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  return lines;
}
