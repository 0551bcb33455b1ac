import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { WorkshopSummary } from "@/lib/summary/build-summary";
import { loadExportFonts } from "../fonts";
import { fixtureSummary } from "../testing";
import { matrixPicture } from "./matrix-picture";
import type { Picture } from "./picture";
import { pictureToPng } from "./png";
import { textOutlines } from "./text-outlines";
import { timelinePicture } from "./timeline-picture";

const fonts = loadExportFonts();

/** The compressed pixel rows of a PNG (its IDAT chunks, joined). */
function idat(png: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString("ascii", at + 4, at + 8) === "IDAT")
      parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return Buffer.concat(parts);
}

/** Every text whose glyph outlines leave the viewBox, measured with the embedded fonts. */
function textsOutside(picture: Picture): string[] {
  return picture.shapes.flatMap((shape) => {
    if (shape.kind !== "text") return [];
    const points = textOutlines(shape, fonts).flat();
    const outside = points.some(
      ([x, y]) => x < 0 || y < 0 || x > picture.width || y > picture.height,
    );
    return outside ? [shape.text] : [];
  });
}

/** The fixture with scenarios at the corners and edges of the matrix, with long names. */
function edgeCases(): WorkshopSummary {
  const summary = fixtureSummary({ hostile: true });
  const base = summary.scenarios[0];
  if (!base) throw new Error("the fixture has scenarios");
  const long = "A very long scenario name that goes on and on about personalization";
  const corners = [0, 0.5, 0.69, 0.7, 1].flatMap((feasibility, i) =>
    [0, 0.5, 1].map((value, j) => ({
      ...base,
      id: `edge-${i}-${j}`,
      text: long,
      value,
      feasibility,
    })),
  );
  return {
    ...summary,
    scenarios: corners.slice(0, 15),
    roadmap: summary.roadmap.map((item) => ({
      ...item,
      scenario: "Offre fidélité personnalisée pour les clientes régulières du samedi matin",
      owner: "Maximiliane Oberhauser-Wittgenstein",
    })),
  };
}

describe("export pictures", () => {
  it.each([
    ["matrix (fixture)", () => matrixPicture(fixtureSummary({ hostile: true }))],
    ["matrix (edges and long names)", () => matrixPicture(edgeCases())],
    ["timeline (fixture)", () => timelinePicture(fixtureSummary({ hostile: true }))],
    ["timeline (long names)", () => timelinePicture(edgeCases())],
  ])("keeps every text of the %s inside the viewBox", (_, make) => {
    expect(textsOutside(make())).toEqual([]);
  });

  it("wraps long roadmap labels instead of cutting them after a few words", () => {
    const texts = timelinePicture(edgeCases()).shapes.flatMap((s) =>
      s.kind === "text" ? [s.text] : [],
    );
    expect(texts).toContain("1. Offre fidélité personnalisée pour");
  });

  it("draws text into the PNG fallback", () => {
    const picture = matrixPicture(fixtureSummary());
    const withText = pictureToPng(picture, { scale: 1, fonts });
    const withoutText = pictureToPng(
      { ...picture, shapes: picture.shapes.filter((s) => s.kind !== "text") },
      { scale: 1, fonts },
    );
    expect(withText.equals(withoutText)).toBe(false);
    expect(withText.subarray(1, 4).toString()).toBe("PNG");
  });

  it("draws text from cached glyph masks as the exact outline fill draws it", () => {
    // A 500-dot matrix draws each digit from a mask cached at a sixteenth-of-a-pixel position;
    // rotated text is filled from its exact outlines. A full turn takes the exact path.
    const picture = timelinePicture(fixtureSummary({ hostile: true }));
    const texts = picture.shapes.filter((s) => s.kind === "text");
    expect(texts.length).toBeGreaterThan(10);
    const background = { ...picture, shapes: picture.shapes.filter((s) => s.kind !== "text") };
    const turned = {
      ...picture,
      shapes: picture.shapes.map((s) => (s.kind === "text" ? { ...s, rotate: 360 } : s)),
    };
    const pixels = (p: Picture) => inflateSync(idat(pictureToPng(p, { scale: 1.5, fonts })));
    const cached = pixels(picture);
    const exact = pixels(turned);
    const blank = pixels(background);
    const inked = exact.filter((value, i) => Math.abs(value - (blank[i] ?? 0)) > 64).length;
    const off = exact.filter((value, i) => Math.abs(value - (cached[i] ?? 0)) > 64).length;
    expect(inked).toBeGreaterThan(1000);
    expect(off / inked).toBeLessThan(0.05);
  });
});
