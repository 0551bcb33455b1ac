import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** A PDF's text, page after page, with every run of whitespace as one space. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((part) => ("str" in part ? part.str : "")).join(" "));
  }
  return pages.join(" ").replace(/\s+/g, " ");
}
