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
  // Non-zero winding fill with coverage from SAMPLES sub-scanlines, blended onto what is there.
  const fillPolygons = (polygons: Point[][], color: [number, number, number]) => {
    const edges = polygons.flatMap((polygon) =>
      polygon.map((from, i) => {
        const to = polygon[(i + 1) % polygon.length] ?? from;
        return { x1: from[0] * scale, y1: from[1] * scale, x2: to[0] * scale, y2: to[1] * scale };
      }),
    );
    if (edges.length === 0) return;
    const ys = edges.flatMap((e) => [e.y1, e.y2]);
    const top = Math.max(0, Math.floor(Math.min(...ys)));
    const end = Math.min(height - 1, Math.ceil(Math.max(...ys)));
    const coverage = new Float32Array(width);
    for (let py = top; py <= end; py += 1) {
      coverage.fill(0);
      for (let sample = 0; sample < SAMPLES; sample += 1) {
        const sy = py + (sample + 0.5) / SAMPLES;
        const crossings: { x: number; dir: number }[] = [];
        for (const e of edges) {
          if (e.y1 <= sy === e.y2 <= sy) continue;
          const t = (sy - e.y1) / (e.y2 - e.y1);
          crossings.push({ x: e.x1 + t * (e.x2 - e.x1), dir: e.y2 > e.y1 ? 1 : -1 });
        }
        crossings.sort((a, b) => a.x - b.x);
        let winding = 0;
        crossings.forEach((crossing, i) => {
          winding += crossing.dir;
          const next = crossings[i + 1];
          if (winding === 0 || !next) return;
          for (
            let px = Math.max(0, Math.ceil(crossing.x - 0.5));
            px < Math.min(width, next.x - 0.5);
            px += 1
          ) {
            coverage[px] = (coverage[px] ?? 0) + 1 / SAMPLES;
          }
        });
      }
      for (let px = 0; px < width; px += 1) {
        const alpha = Math.min(1, coverage[px] ?? 0);
        if (alpha === 0) continue;
        const at = (py * width + px) * 3;
        for (let c = 0; c < 3; c += 1) {
          pixels[at + c] = Math.round(
            (pixels[at + c] ?? 255) * (1 - alpha) + (color[c] ?? 0) * alpha,
          );
        }
      }
    }
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
