import { deflateSync } from "node:zlib";
import type { ExportFonts } from "../fonts";
import type { Picture } from "./picture";
import { textOutlines, type Point } from "./text-outlines";

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

/**
 * Fills polygons with the non-zero winding rule, with coverage from SAMPLES sub-scanlines,
 * blended onto the RGB pixels. Plain loops over typed arrays: closures and per-row arrays made
 * the 500 dot numbers of a large matrix cost a tenth of a second.
 */
function fillNonZero(options: {
  polygons: Point[][];
  color: [number, number, number];
  scale: number;
  pixels: Buffer;
  width: number;
  height: number;
}): void {
  const { polygons, color, scale, pixels, width, height } = options;
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
      ex1[n] = from[0] * scale;
      ey1[n] = from[1] * scale;
      ex2[n] = to[0] * scale;
      ey2[n] = to[1] * scale;
      minX = Math.min(minX, ex1[n] ?? 0);
      maxX = Math.max(maxX, ex1[n] ?? 0);
      minY = Math.min(minY, ey1[n] ?? 0);
      maxY = Math.max(maxY, ey1[n] ?? 0);
      n += 1;
    }
  }
  if (n === 0) return;
  const left = Math.max(0, Math.floor(minX));
  const right = Math.min(width, Math.ceil(maxX) + 1);
  const top = Math.max(0, Math.floor(minY));
  const bottom = Math.min(height - 1, Math.ceil(maxY));
  if (right <= left) return;
  const coverage = new Float32Array(right - left);
  const xs = new Float64Array(n);
  const dirs = new Int8Array(n);
  const order: number[] = [];
  for (let py = top; py <= bottom; py += 1) {
    coverage.fill(0);
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
          coverage[px - left] = (coverage[px - left] ?? 0) + 1 / SAMPLES;
      }
    }
    for (let px = left; px < right; px += 1) {
      const alpha = Math.min(1, coverage[px - left] ?? 0);
      if (alpha === 0) continue;
      const at = (py * width + px) * 3;
      pixels[at] = Math.round((pixels[at] ?? 255) * (1 - alpha) + color[0] * alpha);
      pixels[at + 1] = Math.round((pixels[at + 1] ?? 255) * (1 - alpha) + color[1] * alpha);
      pixels[at + 2] = Math.round((pixels[at + 2] ?? 255) * (1 - alpha) + color[2] * alpha);
    }
  }
}

/** The picture as a PNG at `scale` pixels per point, text drawn with `fonts`. */
export function pictureToPng(
  picture: Picture,
  options: { scale: number; fonts: ExportFonts },
): Buffer {
  const { scale, fonts } = options;
  const width = Math.ceil(picture.width * scale);
  const height = Math.ceil(picture.height * scale);
  const pixels = Buffer.alloc(width * height * 3, 255);
  const plot = (x: number, y: number, color: [number, number, number]) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const at = (y * width + x) * 3;
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
    const start = (firstRow * width + x0) * 3;
    const end = (firstRow * width + x1) * 3;
    for (let py = firstRow + 1; py < lastRow; py += 1)
      pixels.copy(pixels, (py * width + x0) * 3, start, end);
  };
  const fillPolygons = (polygons: Point[][], color: [number, number, number]) =>
    fillNonZero({ polygons, color, scale, pixels, width, height });
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
      if (fill) fillPolygons(textOutlines(shape, fonts), fill);
    } else if (shape.kind === "circle") {
      const fill = rgb(shape.fill);
      if (!fill) continue;
      const r = shape.r * scale;
      const cx = shape.cx * scale;
      const cy = shape.cy * scale;
      for (let py = Math.floor(cy - r); py <= Math.ceil(cy + r); py += 1) {
        for (let px = Math.floor(cx - r); px <= Math.ceil(cx + r); px += 1) {
          if ((px - cx) ** 2 + (py - cy) ** 2 <= r * r) plot(px, py, fill);
        }
      }
    }
  }
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 3 + 1)] = 0; // filter: none
    pixels.copy(raw, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3);
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
    chunk("IDAT", deflateSync(raw, { level: 1 })),
    chunk("IEND", new Uint8Array()),
  ]);
}
