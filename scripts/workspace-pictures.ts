// Pictures of the workshop room for docs/workspace/: steps 4 and 6 with 45 ideas, desktop and
// phone. `npx tsx scripts/workspace-pictures.ts before|after` (BENCH_DIST_DIR picks the build).
import { chromium, type Page } from "@playwright/test";
import { startAppServer } from "@/bench/board/server";
import { seedDoc, workshopIdOf } from "@/e2e/support/seed-board";
import { seedWorkspaceIdeas } from "@/e2e/support/workspace-ideas";

const SIZES = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;
const STEPS = [
  { name: "step4", id: "scenarios" },
  { name: "step6", id: "prioritize" },
] as const;

// A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
const MEASURE = `(() => {
  const matrix = document.querySelector('[data-testid="matrix"]')?.getBoundingClientRect();
  const header = document.querySelector('[data-testid="workshop-header"]')?.getBoundingClientRect();
  if (!matrix || !header) return "no matrix";
  const chips = [...document.querySelectorAll('[data-testid="matrix-note"]')].map((c) => c.getBoundingClientRect());
  let worst = 0;
  chips.forEach((a, i) => chips.slice(i + 1).forEach((b) => {
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (w > 0 && h > 0) worst = Math.max(worst, (w * h) / (a.width * a.height));
  }));
  return "matrix " + Math.round(matrix.width) + "×" + Math.round(matrix.height) + ", starts " +
    Math.round(matrix.top - header.bottom) + " px under the header, " + chips.length +
    " chips, worst overlap " + Math.round(worst * 100) + " %";
})()`;

/** The numbers the layout test asserts, for the record. */
async function measure(page: Page): Promise<string> {
  return page.evaluate<string>(MEASURE);
}

async function main(): Promise<void> {
  const label = process.argv[2] ?? "after";
  const server = await startAppServer({ rebuild: false });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const context = await browser.newContext({ baseURL: server.baseUrl });
    const page = await context.newPage();
    await page.goto("/signup");
    await page.getByLabel("Your name").fill("Maya Okafor");
    await page.getByLabel("Email").fill("maya@example.test");
    await page.getByLabel("Password").fill("correct horse battery staple");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Your workshops" }).waitFor();
    const form = page.getByRole("form", { name: "New workshop" });
    await form.getByLabel("Title").fill("Returning shoppers: what to personalize first");
    await form.getByRole("button", { name: "Create workshop" }).click();
    await page.waitForURL(/\/workshops\/[^/?]+$/);
    const path = new URL(page.url()).pathname;
    await seedDoc(page, {
      workshopId: workshopIdOf(page),
      change: (doc, seeder) => seedWorkspaceIdeas(doc, seeder),
    });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const step of STEPS) {
        await page.goto(`${path}?step=${step.id}`);
        await page.getByRole("heading", { name: /^Step \d/ }).waitFor();
        await page.waitForTimeout(1500);
        if (step.id === "prioritize") console.log(size.name, await measure(page));
        const file = `docs/workspace/${label}-${step.name}-${size.name}.png`;
        await page.screenshot({ path: file });
        console.log(`Wrote ${file}`);
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
