import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** All text of a PDF, page by page, as pdf.js extracts it. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pages = await pdfPages(bytes);
  return pages.join("\n").replace(/\s+/g, " ");
}

/** The text of each page of a PDF. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages;
}
