import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { summaryToDocx } from "./docx";
import { fixtureSummary } from "./testing";

describe("summaryToDocx", () => {
  it("is a Word zip with headings, tables, both pictures and every roadmap item", async () => {
    const summary = fixtureSummary({ hostile: true });
    const files = unzipSync(new Uint8Array(await summaryToDocx(summary)));
    const xml = strFromU8(files["word/document.xml"] ?? new Uint8Array());
    expect(xml).toContain("Heading1");
    expect(xml).toContain("<w:tbl>");
    expect(xml).toContain("Pick the three personalization ideas we build first.");
    for (const item of summary.roadmap) expect(xml).toContain(item.scenario);
    expect(xml).toContain("&lt;script&gt;");
    const media = Object.keys(files).filter((name) => name.startsWith("word/media/"));
    expect(media.filter((name) => name.endsWith(".svg"))).toHaveLength(2);
    expect(media.filter((name) => name.endsWith(".png"))).toHaveLength(2);
  });
});
