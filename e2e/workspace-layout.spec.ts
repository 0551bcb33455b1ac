import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { createWorkshop, expect, signUp, test } from "./support/actors";
import { seedDoc, workshopIdOf } from "./support/seed-board";
import { seedWorkspaceIdeas } from "./support/workspace-ideas";

// The workshop room as a workspace: measured with bounding boxes, pictured with baselines.

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const STEPS = [
  "team",
  "objective",
  "context",
  "scenarios",
  "persofails",
  "prioritize",
  "roadmap",
  "share",
] as const;
const TITLE = "Returning shoppers: what to personalize first";

type Box = { x: number; y: number; width: number; height: number };

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

async function boxes(page: Page, testId: string): Promise<Box[]> {
  return page.getByTestId(testId).evaluateAll((elements) =>
    elements.map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height };
    }),
  );
}

async function openStep(page: Page, step: (typeof STEPS)[number]): Promise<void> {
  const path = new URL(page.url()).pathname;
  await page.goto(`${path}?step=${step}`);
  await expect(page.getByRole("heading", { level: 2, name: /^Step \d/ })).toBeVisible();
  await expect(page.getByText("Connected", { exact: true })).toBeVisible();
  await expect(page.getByText("Loading this step…")).toHaveCount(0);
}

async function workshopWith45Ideas(page: Page): Promise<void> {
  await signUp(page, "Maya Okafor");
  await createWorkshop(page, TITLE);
  await seedDoc(page, {
    workshopId: workshopIdOf(page),
    change: (doc, seeder) => seedWorkspaceIdeas(doc, seeder),
  });
}

test.describe("workspace layout", () => {
  test.slow();

  test("desktop: a matrix of at least 900×600 right under the header, chips clear of labels and each other", async ({
    actor,
  }) => {
    const { page } = await actor("Maya Okafor", { viewport: DESKTOP });
    await workshopWith45Ideas(page);
    await openStep(page, "prioritize");
    const matrix = page.getByTestId("matrix");
    await expect(matrix.getByTestId("matrix-note")).toHaveCount(45);

    const board = await matrix.boundingBox();
    const header = await page.getByTestId("workshop-header").boundingBox();
    if (!board || !header) throw new Error("No matrix or header on the page");
    expect(board.width).toBeGreaterThanOrEqual(900);
    expect(board.height).toBeGreaterThanOrEqual(600);
    expect(board.y - (header.y + header.height)).toBeLessThanOrEqual(200);

    const chips = await boxes(page, "matrix-note");
    const labels = await boxes(page, "quadrant-label");
    expect(labels).toHaveLength(4);
    for (const chip of chips) {
      for (const label of labels) expect(overlapArea(chip, label)).toBe(0);
      // Inside the matrix (its 2 px border aside).
      expect(chip.x).toBeGreaterThanOrEqual(board.x);
      expect(chip.x + chip.width).toBeLessThanOrEqual(board.x + board.width);
      expect(chip.y).toBeGreaterThanOrEqual(board.y);
      expect(chip.y + chip.height).toBeLessThanOrEqual(board.y + board.height);
    }
    let worst = 0;
    chips.forEach((a, i) =>
      chips.slice(i + 1).forEach((b) => {
        const share = overlapArea(a, b) / Math.min(a.width * a.height, b.width * b.height);
        worst = Math.max(worst, share);
      }),
    );
    expect(worst).toBeLessThanOrEqual(0.1);

    // The step-4 wall, too, starts right under the header: its tools fold into one bar.
    await openStep(page, "scenarios");
    const wall = await page.getByTestId("segment-columns").boundingBox();
    const wallHeader = await page.getByTestId("workshop-header").boundingBox();
    if (!wall || !wallHeader) throw new Error("No wall or header on the page");
    expect(wall.y - (wallHeader.y + wallHeader.height)).toBeLessThanOrEqual(200);
    await openStep(page, "prioritize");

    // Every idea's full text is reachable: focusing a chip opens it.
    const long = "Abandoned-basket email with the exact items left";
    await matrix.getByRole("button", { name: new RegExp(`^${long}`) }).focus();
    await expect(
      matrix.getByTestId("chip-detail").filter({ has: page.locator(`[data-full="${long}"]`) }),
    ).toBeVisible();
  });

  test("phone: no step scrolls sideways, and every step is axe-clean at both sizes", async ({
    actor,
  }) => {
    // Sixteen axe runs over 45 ideas: minutes on a shared machine.
    test.setTimeout(360_000);
    const { page } = await actor("Maya Okafor", { viewport: PHONE });
    await workshopWith45Ideas(page);
    for (const step of STEPS) {
      await openStep(page, step);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `step ${step} scrolls sideways`).toBeLessThanOrEqual(0);
      if (step === "prioritize") {
        // A readable matrix: 45 chips that do not cover each other (it pans inside its window).
        const chips = await boxes(page, "matrix-note");
        expect(chips).toHaveLength(45);
        let worst = 0;
        chips.forEach((a, i) =>
          chips.slice(i + 1).forEach((b) => {
            const share = overlapArea(a, b) / Math.min(a.width * a.height, b.width * b.height);
            worst = Math.max(worst, share);
          }),
        );
        expect(worst, "chips overlap on the phone's matrix").toBeLessThanOrEqual(0.1);
      }
      await expectNoSeriousA11yViolations(page);
    }
    await page.setViewportSize(DESKTOP);
    for (const step of STEPS) {
      await openStep(page, step);
      await expectNoSeriousA11yViolations(page);
    }
  });

  for (const [size, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const) {
    test(`pictures of steps 4 and 6 with 45 ideas (${size})`, async ({ actor }) => {
      const { page } = await actor("Maya Okafor", { viewport });
      await workshopWith45Ideas(page);
      for (const [name, step] of [
        ["step4", "scenarios"],
        ["step6", "prioritize"],
      ] as const) {
        await openStep(page, step);
        await page.mouse.move(0, 0);
        await expect(page).toHaveScreenshot(`${name}-${size}.png`, {
          animations: "disabled",
          caret: "hide",
          maxDiffPixelRatio: 0.01,
          // Presence colours come from the (random) user id.
          mask: [page.getByTestId("live-status").getByRole("list")],
        });
      }
    });
  }
});
