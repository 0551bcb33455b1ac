import { XmlComponent, type IXmlableObject, type TableCell } from "docx";

// A 500-note summary has over 2,000 table cells. docx builds each from a dozen components (cell,
// cell properties, width, paragraph, paragraph properties, style, run, text and their attribute
// objects) and walks them all again to write the XML: two fifths of the document's time. A body
// cell here is one component that writes the same XML objects directly; docx-table.test.ts
// checks it writes byte for byte what docx's TableCell writes.

const PRESERVE = { _attr: { "xml:space": "preserve" } };
const STYLE = { "w:pPr": [{ "w:pStyle": { _attr: { "w:val": "TableText" } } }] };

/** A table cell of plain text lines, one "TableText" paragraph a line, as docx's TableCell. */
class TextCell extends XmlComponent {
  // What docx's Table reads of a cell: spans (none here) and the width it hands each cell.
  readonly options = { children: [] };
  private width: number | undefined;

  constructor(private readonly lines: readonly string[]) {
    super("w:tc");
  }

  /** Called by docx's Table with the width of the cell's column, in twips. */
  setColumnWidth(twips: number): void {
    this.width = twips;
  }

  override prepForXml(): IXmlableObject {
    const properties =
      this.width === undefined
        ? []
        : [{ "w:tcPr": [{ "w:tcW": { _attr: { "w:type": "dxa", "w:w": this.width } } }] }];
    // An empty line is a paragraph without a run, as docx writes `text: ""`.
    const paragraphs = this.lines.map((line) => ({
      "w:p": line === "" ? [STYLE] : [STYLE, { "w:r": [{ "w:t": [PRESERVE, line] }] }],
    }));
    return { "w:tc": [...properties, ...paragraphs] } as IXmlableObject;
  }
}

/**
 * A body cell: `value`'s lines as "TableText" paragraphs. Typed as docx's TableCell, which docx's
 * TableRow takes; the table reads only `options` and `setColumnWidth` of it.
 */
export function textCell(value: string): TableCell {
  return new TextCell(value.split("\n")) as unknown as TableCell;
}
