// Regenerates docs/screenshot.png: a realistic workshop on the prioritize step. Needs a built app
// (uses the benchmark's server helper, which builds into .next-bench when missing).
import { chromium } from "@playwright/test";
import { startAppServer } from "@/bench/board/server";
import { seedDoc, workshopIdOf } from "@/e2e/support/seed-board";
import { placeOnMatrix } from "@/lib/documents/matrix";
import { addRisk } from "@/lib/documents/risks";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";

const IDEAS: [segment: string, text: string, value: number, feasibility: number][] = [
  ["returning", "Recommend refills based on past orders", 0.84, 0.78],
  ["returning", "Welcome back returning visitors by name", 0.42, 0.9],
  ["returning", "Reorder reminder when a product usually runs out", 0.72, 0.55],
  ["new", "Suggest starter bundles to first-time buyers", 0.66, 0.7],
  ["new", "Tailor onboarding emails to the first category browsed", 0.58, 0.62],
  ["new", "Show size advice from similar shoppers' returns", 0.77, 0.28],
  ["lapsed", "Win-back offer timed to the usual purchase cycle", 0.7, 0.46],
  ["lapsed", "Birthday discount for members", 0.22, 0.82],
  ["lapsed", "Predict churn and alert customer support", 0.6, 0.18],
  ["new", "Personalized homepage hero by inferred life stage", 0.35, 0.2],
];

async function main(): Promise<void> {
  const server = await startAppServer({ rebuild: false });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({
      baseURL: server.baseUrl,
      viewport: { width: 1400, height: 1400 },
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
      change: (doc, { userId }) => {
        addSegment(doc, { id: "returning", name: "Returning shoppers", lifecycleStage: "loyal" });
        addSegment(doc, { id: "new", name: "First-time buyers", lifecycleStage: "first-purchase" });
        addSegment(doc, { id: "lapsed", name: "Lapsed members", lifecycleStage: "lapsed" });
        IDEAS.forEach(([segmentId, text, value, feasibility], index) => {
          const scenarioId = `idea-${index}`;
          addScenario(doc, { id: scenarioId, segmentId, text, authorId: userId });
          placeOnMatrix(doc, { scenarioId, value, feasibility });
        });
        addRisk(doc, {
          scenarioId: "idea-5",
          authorId: userId,
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
