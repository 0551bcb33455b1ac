import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { textCell } from "./docx-table";
import { HOSTILE_TEXT } from "./testing";

async function documentXml(cell: (value: string) => TableCell, rows: string[][]): Promise<string> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            columnWidths: [1200, 7826],
            rows: rows.map((row) => new TableRow({ children: row.map(cell) })),
          }),
        ],
      },
    ],
  });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  return strFromU8(files["word/document.xml"] ?? new Uint8Array());
}

/** The cell docx.ts built before textCell: a TableCell of "TableText" paragraphs. */
const docxCell = (value: string) =>
  new TableCell({
    children: value.split("\n").map((line) => new Paragraph({ style: "TableText", text: line })),
  });

describe("textCell", () => {
  it("writes byte for byte the XML of docx's TableCell", async () => {
    const rows = [
      ["1", "Idea 1: refill reminder"],
      ["", "two\nlines"],
      [HOSTILE_TEXT, "  leading and trailing spaces  "],
      ["Zoë & <b>", "line\n\nafter an empty one"],
    ];
    const expected = await documentXml(docxCell, rows);
    expect(expected).toContain('<w:tcW w:type="dxa" w:w="7826"/>');
    expect(expected).toContain("&lt;script&gt;");
    expect(await documentXml(textCell, rows)).toBe(expected);
  });
});
