import { deflateSync } from "node:zlib";
import type { ExportFonts } from "../fonts";
import type { Picture } from "./picture";
import { textGlyphs, textOutlines, type Point, type TextGlyph } from "./text-outlines";

// A small rasterizer for the DOCX fallback image (Word before 2016 shows it instead of the SVG).
// Text is drawn from the glyph outlines of the PDF's fonts, so quadrant names, dot numbers and
// lane labels are in the picture too.

/** Sub-scanlines per pixel row: enough vertical smoothing for 7–11 pt labels. */
const SAMPLES = 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function rgb(color: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{6})$/i.exec(color);
  if (!match?.[1]) return null;
  const value = parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Per pixel, how many of its SAMPLES sub-scanlines cross the shape at the pixel's centre. */
type Coverage = { left: number; top: number; width: number; height: number; samples: Uint8Array };

/**
 * Coverage of polygons (in pixels) with the non-zero winding rule: SAMPLES sub-scanlines per row,
 * each pixel counted when its centre lies inside a span. Plain loops over typed arrays: closures
 * and per-row arrays made the 500 dot numbers of a large matrix cost a tenth of a second.
 */
function coverageOf(polygons: Point[][], scale: number): Coverage | null {
  let count = 0;
  for (const polygon of polygons) count += polygon.length;
  const ex1 = new Float64Array(count);
  const ey1 = new Float64Array(count);
  const ex2 = new Float64Array(count);
  const ey2 = new Float64Array(count);
  let n = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const polygon of polygons) {
    for (let i = 0; i < polygon.length; i += 1) {
      const from = polygon[i];
      const to = polygon[(i + 1) % polygon.length];
      if (!from || !to) continue;
      const x1 = from[0] * scale;
      const y1 = from[1] * scale;
      ex1[n] = x1;
      ey1[n] = y1;
      ex2[n] = to[0] * scale;
      ey2[n] = to[1] * scale;
      if (x1 < minX) minX = x1;
      if (x1 > maxX) maxX = x1;
      if (y1 < minY) minY = y1;
      if (y1 > maxY) maxY = y1;
      n += 1;
    }
  }
  if (n === 0) return null;
  const left = Math.floor(minX);
  const right = Math.ceil(maxX) + 1;
  const top = Math.floor(minY);
  const bottom = Math.ceil(maxY);
  const width = right - left;
  const height = bottom - top + 1;
  const samples = new Uint8Array(width * height);
  const xs = new Float64Array(n);
  const dirs = new Int8Array(n);
  const order: number[] = [];
  for (let py = top; py <= bottom; py += 1) {
    const row = (py - top) * width;
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const sy = py + (sample + 0.5) / SAMPLES;
      let found = 0;
      for (let e = 0; e < n; e += 1) {
        const y1 = ey1[e] ?? 0;
        const y2 = ey2[e] ?? 0;
        if (y1 <= sy === y2 <= sy) continue;
        const x1 = ex1[e] ?? 0;
        xs[found] = x1 + ((sy - y1) / (y2 - y1)) * ((ex2[e] ?? 0) - x1);
        dirs[found] = y2 > y1 ? 1 : -1;
        found += 1;
      }
      if (found < 2) continue;
      order.length = found;
      for (let i = 0; i < found; i += 1) order[i] = i;
      order.sort((a, b) => (xs[a] ?? 0) - (xs[b] ?? 0));
      let winding = 0;
      for (let i = 0; i < found - 1; i += 1) {
        const at = order[i] ?? 0;
        winding += dirs[at] ?? 0;
        if (winding === 0) continue;
        const from = Math.max(left, Math.ceil((xs[at] ?? 0) - 0.5));
        const to = Math.min(right, (xs[order[i + 1] ?? 0] ?? 0) - 0.5);
        for (let px = from; px < to; px += 1)
          samples[row + px - left] = (samples[row + px - left] ?? 0) + 1;
      }
    }
  }
  return { left, top, width, height, samples };
}

/**
 * Blends `color` onto the PNG scanlines (filter byte, then RGB) with the coverage, placed `x` and
 * `y` whole pixels over.
 */
function blend(
  coverage: Coverage,
  x: number,
  y: number,
  color: [number, number, number],
  target: { pixels: Buffer; width: number; height: number },
): void {
  const { pixels, width, height } = target;
  const left = coverage.left + x;
  const top = coverage.top + y;
  const fromX = Math.max(0, left);
  const toX = Math.min(width, left + coverage.width);
  const fromY = Math.max(0, top);
  const toY = Math.min(height, top + coverage.height);
  const [r, g, b] = color;
  for (let py = fromY; py < toY; py += 1) {
    const row = (py - top) * coverage.width - left;
    for (let px = fromX; px < toX; px += 1) {
      const count = coverage.samples[row + px] ?? 0;
      if (count === 0) continue;
      const alpha = count >= SAMPLES ? 1 : count / SAMPLES;
      const at = py * (width * 3 + 1) + 1 + px * 3;
      pixels[at] = Math.round((pixels[at] ?? 255) * (1 - alpha) + r * alpha);
      pixels[at + 1] = Math.round((pixels[at + 1] ?? 255) * (1 - alpha) + g * alpha);
      pixels[at + 2] = Math.round((pixels[at + 2] ?? 255) * (1 - alpha) + b * alpha);
    }
  }
}

/**
 * Glyph positions are rounded to a sixteenth of a pixel across and an eighth down, so a glyph has
 * at most 128 cached masks at a size; coarser steps visibly thickened some stems (a pixel's
 * centre falling inside or outside a 1.5-pixel stem).
 */
const PHASES_X = 16;
const PHASES_Y = 8;
/** Masks per font (a few hundred bytes each); past this the cache starts again. */
const MAX_MASKS = 16_384;
const maskCache = new WeakMap<object, Map<string, Coverage | null>>();

/**
 * The coverage of one glyph at `size` points and `scale` pixels a point, its origin `phaseX` sixteenths
 * and `phaseY` eighths of a pixel into a pixel. A 500-dot matrix draws the same ten digits 500 times:
 * each is rasterised once, then only blended.
 */
function glyphMask(glyph: TextGlyph, size: number, scale: number, phaseX: number, phaseY: number) {
  let cache = maskCache.get(glyph.font);
  if (!cache) {
    cache = new Map();
    maskCache.set(glyph.font, cache);
  }
  const key = `${glyph.id} ${size} ${scale} ${phaseX} ${phaseY}`;
  let mask = cache.get(key);
  if (mask === undefined) {
    if (cache.size >= MAX_MASKS) cache.clear();
    const k = (size / glyph.unitsPerEm) * scale;
    const polygons = glyph.outline.map((polygon) =>
      polygon.map(([x, y]): Point => [x * k + phaseX / PHASES_X, -y * k + phaseY / PHASES_Y]),
    );
    mask = coverageOf(polygons, 1);
    cache.set(key, mask);
  }
  return mask;
}

/** The picture as a PNG at `scale` pixels per point, text drawn with `fonts`. */
export function pictureToPng(
  picture: Picture,
  options: { scale: number; fonts: ExportFonts },
): Buffer {
  const { scale, fonts } = options;
  const width = Math.ceil(picture.width * scale);
  const height = Math.ceil(picture.height * scale);
  // The PNG's scanlines themselves: each row is its filter byte (0, none) and RGB pixels, so the
  // picture is compressed as drawn, without copying 2 MB into another buffer.
  const stride = width * 3 + 1;
  const pixels = Buffer.alloc(stride * height, 255);
  for (let y = 0; y < height; y += 1) pixels[y * stride] = 0;
  const plot = (x: number, y: number, color: [number, number, number]) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const at = y * stride + 1 + x * 3;
    pixels[at] = color[0];
    pixels[at + 1] = color[1];
    pixels[at + 2] = color[2];
  };
  const fillRect = (
    x: number,
    y: number,
    w: number,
    h: number,
    color: [number, number, number],
  ) => {
    const x0 = Math.max(0, Math.round(x * scale));
    const x1 = Math.min(width, Math.round((x + w) * scale));
    if (x1 <= x0) return;
    // One row is filled pixel by pixel, the others are copies of it.
    const firstRow = Math.max(0, Math.round(y * scale));
    const lastRow = Math.min(height, Math.round((y + h) * scale));
    if (lastRow <= firstRow) return;
    for (let px = x0; px < x1; px += 1) plot(px, firstRow, color);
    const start = firstRow * stride + 1 + x0 * 3;
    const end = firstRow * stride + 1 + x1 * 3;
    for (let py = firstRow + 1; py < lastRow; py += 1)
      pixels.copy(pixels, py * stride + 1 + x0 * 3, start, end);
  };
  const target = { pixels, width, height };
  // Device pixel and quarter-pixel phase of a position in points.
  const snap = (at: number, phases: number): [number, number] => {
    const px = at * scale;
    let whole = Math.floor(px);
    let phase = Math.round((px - whole) * phases);
    if (phase === phases) {
      whole += 1;
      phase = 0;
    }
    return [whole, phase];
  };
  for (const shape of picture.shapes) {
    if (shape.kind === "rect") {
      const fill = rgb(shape.fill);
      if (fill) fillRect(shape.x, shape.y, shape.width, shape.height, fill);
      const stroke = shape.stroke ? rgb(shape.stroke) : null;
      if (stroke) {
        fillRect(shape.x, shape.y, shape.width, 1, stroke);
        fillRect(shape.x, shape.y + shape.height - 1, shape.width, 1, stroke);
        fillRect(shape.x, shape.y, 1, shape.height, stroke);
        fillRect(shape.x + shape.width - 1, shape.y, 1, shape.height, stroke);
      }
    } else if (shape.kind === "line") {
      const stroke = rgb(shape.stroke);
      if (!stroke) continue;
      const steps = Math.ceil(Math.hypot(shape.x2 - shape.x1, shape.y2 - shape.y1) * scale) || 1;
      for (let i = 0; i <= steps; i += 1) {
        const t = i / steps;
        plot(
          Math.round((shape.x1 + (shape.x2 - shape.x1) * t) * scale),
          Math.round((shape.y1 + (shape.y2 - shape.y1) * t) * scale),
          stroke,
        );
      }
    } else if (shape.kind === "text") {
      const fill = rgb(shape.fill);
      if (!fill) continue;
      if (shape.rotate) {
        const coverage = coverageOf(textOutlines(shape, fonts), scale);
        if (coverage) blend(coverage, 0, 0, fill, target);
        continue;
      }
      const [y, phaseY] = snap(shape.y, PHASES_Y);
      for (const glyph of textGlyphs(shape, fonts)) {
        const [x, phaseX] = snap(glyph.x, PHASES_X);
        const mask = glyphMask(glyph, shape.size, scale, phaseX, phaseY);
        if (mask) blend(mask, x, y, fill, target);
      }
    } else if (shape.kind === "circle") {
      const fill = rgb(shape.fill);
      if (!fill) continue;
      const r = shape.r * scale;
      const cx = shape.cx * scale;
      const cy = shape.cy * scale;
      const [red, green, blue] = fill;
      const fromY = Math.max(0, Math.floor(cy - r));
      const toY = Math.min(height - 1, Math.ceil(cy + r));
      const fromX = Math.max(0, Math.floor(cx - r));
      const toX = Math.min(width - 1, Math.ceil(cx + r));
      for (let py = fromY; py <= toY; py += 1) {
        const dy2 = (py - cy) * (py - cy);
        for (let px = fromX; px <= toX; px += 1) {
          if ((px - cx) * (px - cx) + dy2 > r * r) continue;
          const at = py * stride + 1 + px * 3;
          pixels[at] = red;
          pixels[at + 1] = green;
          pixels[at + 2] = blue;
        }
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    // Fast compression: the fallback is a few flat colours, level 1 is nearly as small.
    chunk("IDAT", deflateSync(pixels, { level: 1 })),
    chunk("IEND", new Uint8Array()),
  ]);
}
