// Renders the favicon, app icons and the Open Graph image into public/ from the SVG below, with the
// Chromium the end-to-end tests use (no downloads). Run: npx tsx scripts/make-icons.ts
import { writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const BRAND = "#2358bd";
const ACCENT = "#f5b942";

// The value × feasibility matrix: four cells, the top-right one (high value, easy) lit.
function iconSvg(size: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="14" fill="${BRAND}"/>
  <rect x="13" y="13" width="17" height="17" rx="4" fill="#ffffff" fill-opacity="0.55"/>
  <rect x="34" y="13" width="17" height="17" rx="4" fill="${ACCENT}"/>
  <rect x="13" y="34" width="17" height="17" rx="4" fill="#ffffff" fill-opacity="0.35"/>
  <rect x="34" y="34" width="17" height="17" rx="4" fill="#ffffff" fill-opacity="0.55"/>
</svg>`;
}

function ogHtml(): string {
  return `<html><body style="margin:0;width:1200px;height:630px;display:flex;align-items:center;gap:56px;padding:0 96px;box-sizing:border-box;background:linear-gradient(135deg,#eef6ff,#d9eaff);font-family:'Noto Sans',sans-serif">
  <div style="flex:none">${iconSvg(240)}</div>
  <div style="display:flex;flex-direction:column;gap:20px;color:#0f172a">
    <div style="font-size:76px;font-weight:700;letter-spacing:-1px">Prepersonalize</div>
    <div style="font-size:34px;line-height:1.3;color:#334155">Plan personalization with your whole team: scenarios, risks, a value × feasibility matrix and a roadmap, live.</div>
  </div></body></html>`;
}

/** An .ico holding one PNG (allowed since Windows Vista and read by every browser). */
function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  header.writeUInt8(size % 256, 6);
  header.writeUInt8(size % 256, 7);
  header.writeUInt16LE(1, 10);
  header.writeUInt16LE(32, 12);
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18);
  return Buffer.concat([header, png]);
}

const out = path.join(process.cwd(), "public");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
try {
  const page = await browser.newPage();
  async function renderIcon(size: number): Promise<Buffer> {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`,
    );
    return page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
  }
  writeFileSync(path.join(out, "icon.svg"), `${iconSvg(64)}\n`);
  writeFileSync(path.join(out, "favicon.ico"), icoFromPng(await renderIcon(32), 32));
  writeFileSync(path.join(out, "icon-192.png"), await renderIcon(192));
  writeFileSync(path.join(out, "icon-512.png"), await renderIcon(512));
  writeFileSync(path.join(out, "apple-touch-icon.png"), await renderIcon(180));
  await page.setViewportSize({ width: 1200, height: 630 });
  await page.setContent(ogHtml());
  writeFileSync(path.join(out, "og-image.png"), await page.screenshot({ type: "png" }));
} finally {
  await browser.close();
}
