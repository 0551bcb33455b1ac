import type { ExportFonts } from "./fonts";
import type { Picture } from "./pictures/picture";
import { partsWidth, writeParts, type Doc } from "./pdf-text";

/** Draws a picture as PDF vector paths and text, scaled by `scale`, with its top left at (ox, oy). */
export function drawPicture(
  doc: Doc,
  fonts: ExportFonts,
  pic: Picture,
  origin: { x: number; y: number; scale: number },
): void {
  doc.save();
  doc.translate(origin.x, origin.y).scale(origin.scale);
  for (const shape of pic.shapes) {
    switch (shape.kind) {
      case "rect":
        if (shape.fill !== "none")
          doc.rect(shape.x, shape.y, shape.width, shape.height).fill(shape.fill);
        if (shape.stroke) {
          doc
            .rect(shape.x, shape.y, shape.width, shape.height)
            .lineWidth(1)
            .strokeColor(shape.stroke)
            .stroke();
        }
        break;
      case "line":
        doc
          .moveTo(shape.x1, shape.y1)
          .lineTo(shape.x2, shape.y2)
          .lineWidth(shape.width)
          .strokeColor(shape.stroke)
          .stroke();
        break;
      case "circle":
        doc
          .circle(shape.cx, shape.cy, shape.r)
          .lineWidth(1)
          .fillColor(shape.fill)
          .strokeColor(shape.stroke)
          .fillAndStroke();
        break;
      case "text": {
        const parts = [{ text: shape.text, face: shape.bold ? "bold" : "regular" } as const];
        doc.fontSize(shape.size).fillColor(shape.fill);
        const textWidth = partsWidth(doc, fonts, parts);
        const shift =
          shape.anchor === "middle" ? textWidth / 2 : shape.anchor === "end" ? textWidth : 0;
        doc.save();
        if (shape.rotate) doc.rotate(-shape.rotate, { origin: [shape.x, shape.y] });
        writeParts(doc, fonts, parts, shape.x - shift, shape.y, {
          lineBreak: false,
          baseline: "alphabetic",
        });
        doc.restore();
        break;
      }
    }
  }
  doc.restore();
}
