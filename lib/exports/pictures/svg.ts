import type { Picture, PictureShape } from "./picture";

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function shapeToSvg(shape: PictureShape): string {
  switch (shape.kind) {
    case "rect":
      return `<rect x="${round(shape.x)}" y="${round(shape.y)}" width="${round(shape.width)}" height="${round(shape.height)}" fill="${shape.fill}"${shape.stroke ? ` stroke="${shape.stroke}"` : ""}/>`;
    case "line":
      return `<line x1="${round(shape.x1)}" y1="${round(shape.y1)}" x2="${round(shape.x2)}" y2="${round(shape.y2)}" stroke="${shape.stroke}" stroke-width="${shape.width}"/>`;
    case "circle":
      return `<circle cx="${round(shape.cx)}" cy="${round(shape.cy)}" r="${round(shape.r)}" fill="${shape.fill}" stroke="${shape.stroke}"/>`;
    case "text": {
      const anchor = shape.anchor === "start" ? "" : ` text-anchor="${shape.anchor}"`;
      const weight = shape.bold ? ` font-weight="bold"` : "";
      const rotate = shape.rotate
        ? ` transform="rotate(${-shape.rotate} ${round(shape.x)} ${round(shape.y)})"`
        : "";
      return `<text x="${round(shape.x)}" y="${round(shape.y)}" font-size="${shape.size}" fill="${shape.fill}"${anchor}${weight}${rotate}>${escapeXml(shape.text)}</text>`;
    }
  }
}

/** A standalone SVG document; every text is escaped, so note text cannot inject markup. */
export function pictureToSvg(picture: Picture): string {
  const { width, height } = picture;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" font-family="'Noto Sans', 'DejaVu Sans', Arial, sans-serif">`,
    `<title>${escapeXml(picture.title)}</title>`,
    `<desc>${escapeXml(picture.description)}</desc>`,
    ...picture.shapes.map(shapeToSvg),
    `</svg>`,
  ].join("\n");
}
