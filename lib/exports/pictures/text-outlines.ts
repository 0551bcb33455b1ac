import type { ExportFonts } from "../fonts";
import { fontRuns } from "../font-runs";
import type { PictureShape } from "./picture";

export type Point = [number, number];
type TextShape = Extract<PictureShape, { kind: "text" }>;

function fontNamed(fonts: ExportFonts, name: string) {
  if (name === "regular" || name === "bold" || name === "italic") return fonts[name];
  return fonts.fallbacks.find((entry) => entry.name === name)?.font ?? fonts.regular;
}

/** The width of a text shape in picture points, measured with the fonts the PDF embeds. */
export function measureText(shape: TextShape, fonts: ExportFonts): number {
  const face = shape.bold ? "bold" : "regular";
  let width = 0;
  for (const run of fontRuns(shape.text, [{ name: face, font: fonts[face] }, ...fonts.fallbacks])) {
    const font = fontNamed(fonts, run.font);
    width += (font.layout(run.text).advanceWidth * shape.size) / font.unitsPerEm;
  }
  return width;
}

/**
 * A text shape's glyph outlines as closed polygons in picture coordinates (curves flattened,
 * anchor and rotation applied): what a rasterizer without a text engine fills.
 */
export function textOutlines(shape: TextShape, fonts: ExportFonts): Point[][] {
  const face = shape.bold ? "bold" : "regular";
  const width = measureText(shape, fonts);
  let penX = shape.x - (shape.anchor === "middle" ? width / 2 : shape.anchor === "end" ? width : 0);
  const angle = (-(shape.rotate ?? 0) * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const place = (x: number, y: number): Point => {
    const dx = x - shape.x;
    const dy = y - shape.y;
    return [shape.x + dx * cos - dy * sin, shape.y + dx * sin + dy * cos];
  };
  const polygons: Point[][] = [];
  for (const run of fontRuns(shape.text, [{ name: face, font: fonts[face] }, ...fonts.fallbacks])) {
    const font = fontNamed(fonts, run.font);
    const k = shape.size / font.unitsPerEm;
    const layout = font.layout(run.text);
    layout.glyphs.forEach((glyph, index) => {
      const position = layout.positions[index];
      const ox = penX + (position?.xOffset ?? 0) * k;
      const oy = shape.y - (position?.yOffset ?? 0) * k;
      const at = (x: number, y: number) => place(ox + x * k, oy - y * k);
      let current: Point[] = [];
      let last: [number, number] = [0, 0];
      for (const { command, args } of glyph.path.commands) {
        if (command === "moveTo") {
          if (current.length > 2) polygons.push(current);
          current = [at(args[0] ?? 0, args[1] ?? 0)];
          last = [args[0] ?? 0, args[1] ?? 0];
        } else if (command === "lineTo") {
          current.push(at(args[0] ?? 0, args[1] ?? 0));
          last = [args[0] ?? 0, args[1] ?? 0];
        } else if (command === "quadraticCurveTo" || command === "bezierCurveTo") {
          const [x0, y0] = last;
          const pts = args;
          const end: [number, number] = [pts[pts.length - 2] ?? 0, pts[pts.length - 1] ?? 0];
          for (let step = 1; step <= 4; step += 1) {
            const t = step / 4;
            const u = 1 - t;
            let x: number;
            let y: number;
            if (command === "quadraticCurveTo") {
              x = u * u * x0 + 2 * u * t * (pts[0] ?? 0) + t * t * end[0];
              y = u * u * y0 + 2 * u * t * (pts[1] ?? 0) + t * t * end[1];
            } else {
              x =
                u ** 3 * x0 +
                3 * u * u * t * (pts[0] ?? 0) +
                3 * u * t * t * (pts[2] ?? 0) +
                t ** 3 * end[0];
              y =
                u ** 3 * y0 +
                3 * u * u * t * (pts[1] ?? 0) +
                3 * u * t * t * (pts[3] ?? 0) +
                t ** 3 * end[1];
            }
            current.push(at(x, y));
          }
          last = end;
        } else if (command === "closePath") {
          if (current.length > 2) polygons.push(current);
          current = [];
        }
      }
      if (current.length > 2) polygons.push(current);
      penX += (position?.xAdvance ?? 0) * k;
    });
  }
  return polygons;
}
