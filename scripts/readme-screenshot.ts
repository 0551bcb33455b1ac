// Regenerates docs/screenshot.png: a realistic workshop (45 ideas) on the prioritize step at
// 1440×900. Needs a built app (uses the benchmark's server helper, which builds into .next-bench
// when missing; BENCH_DIST_DIR picks another build).
import { chromium } from "@playwright/test";
import { startAppServer } from "@/bench/board/server";
import { seedDoc, workshopIdOf } from "@/e2e/support/seed-board";
import { seedWorkspaceIdeas } from "@/e2e/support/workspace-ideas";
import { addRisk } from "@/lib/documents/risks";

async function main(): Promise<void> {
  const server = await startAppServer({ rebuild: false });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({
      baseURL: server.baseUrl,
      viewport: { width: 1440, height: 900 },
    });
    await page.goto("/signup");
    await page.getByLabel("Your name").fill("Maya Okafor");
    await page.getByLabel("Email").fill("maya@example.test");
    await page.getByLabel("Password").fill("correct horse battery staple");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Your workshops" }).waitFor();
    const form = page.getByRole("form", { name: "New workshop" });
    await form.getByLabel("Title").fill("Returning shoppers: what to personalize first");
    await form.getByLabel("Date").fill("2026-12-03");
    await form.getByRole("button", { name: "Create workshop" }).click();
    await page.waitForURL(/\/workshops\/[^/?]+$/);
    await seedDoc(page, {
      workshopId: workshopIdOf(page),
      change: (doc, seeder) => {
        // 45 ideas, as many as a real workshop puts on the matrix.
        seedWorkspaceIdeas(doc, seeder);
        addRisk(doc, {
          scenarioId: "idea-5",
          authorId: seeder.userId,
          category: "privacy",
          severity: "high",
          description: "Implies we track returns per person",
        });
      },
    });
    await page.goto(`${new URL(page.url()).pathname}?step=prioritize`);
    await page.getByTestId("matrix").waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: "docs/screenshot.png" });
    console.log("Wrote docs/screenshot.png");
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
