import type { Font, Glyph } from "fontkit";
import type { ExportFonts } from "../fonts";
import { fontRuns } from "../font-runs";
import type { PictureShape } from "./picture";

export type Point = [number, number];
type TextShape = Extract<PictureShape, { kind: "text" }>;

function fontNamed(fonts: ExportFonts, name: string): Font {
  if (name === "regular" || name === "bold" || name === "italic") return fonts[name];
  return fonts.fallbacks.find((entry) => entry.name === name)?.font ?? fonts.regular;
}

// Flattened outlines per glyph, in font units: a large matrix draws the same ten digits 500 times.
const outlineCache = new WeakMap<Font, Map<number, Point[][]>>();

function flatten(glyph: Glyph): Point[][] {
  const polygons: Point[][] = [];
  let current: Point[] = [];
  let last: Point = [0, 0];
  for (const { command, args } of glyph.path.commands) {
    const end: Point = [args[args.length - 2] ?? 0, args[args.length - 1] ?? 0];
    if (command === "moveTo") {
      if (current.length > 2) polygons.push(current);
      current = [end];
    } else if (command === "lineTo") {
      current.push(end);
    } else if (command === "quadraticCurveTo" || command === "bezierCurveTo") {
      const [x0, y0] = last;
      for (let step = 1; step <= 4; step += 1) {
        const t = step / 4;
        const u = 1 - t;
        if (command === "quadraticCurveTo") {
          current.push([
            u * u * x0 + 2 * u * t * (args[0] ?? 0) + t * t * end[0],
            u * u * y0 + 2 * u * t * (args[1] ?? 0) + t * t * end[1],
          ]);
        } else {
          const [ax, ay, bx, by] = [args[0] ?? 0, args[1] ?? 0, args[2] ?? 0, args[3] ?? 0];
          current.push([
            u ** 3 * x0 + 3 * u * u * t * ax + 3 * u * t * t * bx + t ** 3 * end[0],
            u ** 3 * y0 + 3 * u * u * t * ay + 3 * u * t * t * by + t ** 3 * end[1],
          ]);
        }
      }
    } else if (command === "closePath") {
      if (current.length > 2) polygons.push(current);
      current = [];
    }
    if (command !== "closePath") last = end;
  }
  if (current.length > 2) polygons.push(current);
  return polygons;
}

function outlineOf(font: Font, glyph: Glyph): Point[][] {
  let cache = outlineCache.get(font);
  if (!cache) {
    cache = new Map();
    outlineCache.set(font, cache);
  }
  let polygons = cache.get(glyph.id);
  if (!polygons) {
    polygons = flatten(glyph);
    cache.set(glyph.id, polygons);
  }
  return polygons;
}

/** The glyphs of a text shape with their fonts, through the same fallback chain as the PDF. */
function glyphsOf(shape: TextShape, fonts: ExportFonts) {
  const face = shape.bold ? "bold" : "regular";
  // Glyphs by character map, without shaping: labels are short and this is 20× quicker.
  return fontRuns(shape.text, [{ name: face, font: fonts[face] }, ...fonts.fallbacks]).flatMap(
    (run) => {
      const font = fontNamed(fonts, run.font);
      return font.glyphsForString(run.text).map((glyph) => ({ font, glyph }));
    },
  );
}

/** The width of a text shape in picture points, measured with the fonts the PDF embeds. */
export function measureText(shape: TextShape, fonts: ExportFonts): number {
  let width = 0;
  for (const { font, glyph } of glyphsOf(shape, fonts)) {
    width += (glyph.advanceWidth * shape.size) / font.unitsPerEm;
  }
  return width;
}

/** One glyph of a text shape: its outline in font units, its pen position in picture points. */
export type TextGlyph = {
  font: Font;
  id: number;
  unitsPerEm: number;
  outline: Point[][];
  /** Left end of the glyph's advance, anchor applied, before any rotation. */
  x: number;
};

/** The glyphs of a text shape, laid out from its anchor (rotation is the caller's). */
export function textGlyphs(shape: TextShape, fonts: ExportFonts): TextGlyph[] {
  const glyphs = glyphsOf(shape, fonts);
  let width = 0;
  for (const { font, glyph } of glyphs)
    width += (glyph.advanceWidth * shape.size) / font.unitsPerEm;
  let penX = shape.x - (shape.anchor === "middle" ? width / 2 : shape.anchor === "end" ? width : 0);
  return glyphs.map(({ font, glyph }) => {
    const placed = {
      font,
      id: glyph.id,
      unitsPerEm: font.unitsPerEm,
      outline: outlineOf(font, glyph),
      x: penX,
    };
    penX += (glyph.advanceWidth * shape.size) / font.unitsPerEm;
    return placed;
  });
}

/**
 * A text shape's glyph outlines as closed polygons in picture coordinates (curves flattened,
 * anchor and rotation applied): what a rasterizer without a text engine fills.
 */
export function textOutlines(shape: TextShape, fonts: ExportFonts): Point[][] {
  const glyphs = glyphsOf(shape, fonts);
  let width = 0;
  for (const { font, glyph } of glyphs)
    width += (glyph.advanceWidth * shape.size) / font.unitsPerEm;
  let penX = shape.x - (shape.anchor === "middle" ? width / 2 : shape.anchor === "end" ? width : 0);
  const angle = (-(shape.rotate ?? 0) * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const polygons: Point[][] = [];
  for (const { font, glyph } of glyphs) {
    const k = shape.size / font.unitsPerEm;
    const ox = penX;
    for (const polygon of outlineOf(font, glyph)) {
      polygons.push(
        polygon.map(([x, y]): Point => {
          const dx = ox + x * k - shape.x;
          const dy = -y * k;
          return [shape.x + dx * cos - dy * sin, shape.y + dx * sin + dy * cos];
        }),
      );
    }
    penX += glyph.advanceWidth * k;
  }
  return polygons;
}
