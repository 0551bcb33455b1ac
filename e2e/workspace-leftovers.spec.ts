import type { Locator, Page } from "@playwright/test";
import { setCurrentStep } from "@/lib/documents/control";
import { placeOnMatrix } from "@/lib/documents/matrix";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import {
  createWorkshop,
  expect,
  inviteLink,
  joinAsGuest,
  signUp,
  test,
  uniqueSuffix,
} from "./support/actors";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { seedDoc, workshopIdOf } from "./support/seed-board";

// The workspace's last pieces: focus after a keyboard stack, a stack as one chip, the others'
// pointers on the matrix, and the matrix's zoom.

const DESKTOP = { width: 1440, height: 900 };
const HOST = "Refill reminder email";
const DUPLICATE = "Remind to reorder";
const OTHER = "Bundle offer";

async function openStep(page: Page, path: string, step: string): Promise<void> {
  await page.goto(`${path}?step=${step}`);
  await expect(page.getByRole("heading", { level: 2, name: /^Step \d/ })).toBeVisible();
  await expect(page.getByText("Connected", { exact: true })).toBeVisible();
  await expect(page.getByText("Loading this step…")).toHaveCount(0);
}

function chip(page: Page, text: string): Locator {
  return page.getByTestId("matrix").getByRole("button", { name: new RegExp(`^${text}`) });
}

test.describe("workspace leftovers", () => {
  test.slow();

  test("a keyboard stack hands focus to the stack, and the stack is one chip on the matrix", async ({
    actor,
  }) => {
    const { page } = await actor("Maya Okafor", { viewport: DESKTOP });
    await signUp(page, "Maya Okafor");
    const path = await createWorkshop(page, `Stacks ${uniqueSuffix()}`);
    await seedDoc(page, {
      workshopId: workshopIdOf(page),
      change: (doc, { userId }) => {
        addSegment(doc, { id: "returning", name: "Returning shoppers" });
        for (const [id, text, value] of [
          ["host", HOST, 0.8],
          ["dup", DUPLICATE, 0.3],
          ["other", OTHER, 0.6],
        ] as const) {
          addScenario(doc, { id, segmentId: "returning", text, authorId: userId });
          placeOnMatrix(doc, { scenarioId: id, value, feasibility: value });
        }
      },
    });
    await openStep(page, path, "prioritize");
    await expect(page.getByTestId("matrix-note")).toHaveCount(3);

    // Keyboard only: the duplicate's details, then the note it repeats.
    await openStep(page, path, "scenarios");
    await page.getByRole("button", { name: `Details of ${DUPLICATE}` }).focus();
    await page.keyboard.press("Enter");
    const picker = page.getByLabel("Same idea as");
    await picker.focus();
    await picker.selectOption({ label: HOST });
    await expect(page.getByRole("list", { name: `Same idea as ${HOST}` })).toContainText(DUPLICATE);
    // The duplicate (and its details) left the wall; focus is on the stack it joined.
    await expect(page.getByRole("button", { name: `Move scenario ${HOST}` })).toBeFocused();

    await openStep(page, path, "prioritize");
    await expect(page.getByTestId("matrix-note")).toHaveCount(2);
    await expect(chip(page, DUPLICATE)).toHaveCount(0);
    const stack = chip(page, HOST);
    await expect(stack).toHaveAccessibleName(/Stack of 2 notes with the same idea: Remind/);
    await expect(stack.getByTestId("chip-stack")).toHaveText("×2");
    await stack.focus();
    await expect(
      page.getByTestId("chip-detail").filter({ has: page.locator(`[data-full^="Same idea:"]`) }),
    ).toBeVisible();
    // The ranked list counts the stack once too.
    await expect(page.getByText("Every placed idea, ranked (2)")).toBeVisible();
  });

  test("others' pointers show on the matrix where they point, and each person can hide them", async ({
    actor,
  }) => {
    const maya = await actor("Maya Okafor", { viewport: DESKTOP });
    await signUp(maya.page, maya.name);
    const path = await createWorkshop(maya.page, `Cursors ${uniqueSuffix()}`);
    const workshopId = workshopIdOf(maya.page);
    const link = await inviteLink(maya.page, "participant");
    await seedDoc(maya.page, {
      workshopId,
      change: (doc, { userId }) => {
        addSegment(doc, { id: "returning", name: "Returning shoppers" });
        addScenario(doc, { id: "host", segmentId: "returning", text: HOST, authorId: userId });
        placeOnMatrix(doc, { scenarioId: "host", value: 0.9, feasibility: 0.9 });
      },
    });
    await seedDoc(maya.page, {
      workshopId,
      docName: "control",
      change: (doc) => setCurrentStep(doc, { step: "prioritize" }),
    });
    // Bo's screen is smaller: pointers travel as shares of the matrix, not pixels.
    const bo = await actor("Bo Builder", { viewport: { width: 1280, height: 800 } });
    await joinAsGuest(bo.page, link, bo.name, "Engineering");
    await openStep(bo.page, path, "prioritize");
    await openStep(maya.page, path, "prioritize");

    const boMatrix = await bo.page.getByTestId("matrix").boundingBox();
    if (!boMatrix) throw new Error("Bo sees no matrix");
    // Over an empty part of the matrix, at 30 % feasibility and 60 % down.
    await bo.page.mouse.move(
      boMatrix.x + boMatrix.width * 0.3,
      boMatrix.y + boMatrix.height * 0.6,
      {
        steps: 5,
      },
    );

    const matrix = maya.page.getByTestId("matrix");
    const pointer = matrix.getByText("Bo Builder", { exact: true });
    await expect(pointer).toBeVisible();
    const mayaMatrix = await matrix.boundingBox();
    if (!mayaMatrix) throw new Error("Maya sees no matrix");
    await expect
      .poll(async () => {
        // The label sits just right of the arrow, whose tip is the pointer.
        const box = await pointer.boundingBox();
        return box
          ? [
              Math.round(((box.x - mayaMatrix.x) / mayaMatrix.width) * 10),
              Math.round(((box.y - mayaMatrix.y) / mayaMatrix.height) * 10),
            ]
          : null;
      })
      .toEqual([3, 6]);

    // Bo leaves the matrix: his pointer goes with him.
    await bo.page.mouse.move(boMatrix.x + boMatrix.width / 2, 5, { steps: 3 });
    await expect(pointer).toHaveCount(0);

    // Maya hides the pointers; Bo's next move no longer shows, until she turns them back on.
    const toggle = maya.page.getByRole("button", { name: "Show others' cursors" });
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await bo.page.mouse.move(
      boMatrix.x + boMatrix.width * 0.7,
      boMatrix.y + boMatrix.height * 0.4,
      {
        steps: 5,
      },
    );
    // Time for Bo's move to reach Maya (pointers go out every 50 ms); none is drawn.
    await maya.page.waitForTimeout(500);
    await expect(pointer).toHaveCount(0);
    await toggle.click();
    await expect(pointer).toBeVisible();

    // A pointer on the step-4 wall is not drawn on the matrix: the group moves to step 4, Maya
    // looks back at the matrix (through the rail, so she is not moved again).
    await seedDoc(maya.page, {
      workshopId,
      docName: "control",
      change: (doc) => setCurrentStep(doc, { step: "scenarios" }),
    });
    await expect(bo.page.getByTestId("segment-columns")).toBeVisible();
    await maya.page
      .getByRole("navigation", { name: "Workshop steps" })
      .getByRole("button", { name: /Prioritize/ })
      .click();
    await expect(maya.page.getByTestId("matrix")).toBeVisible();
    const wall = await bo.page.getByTestId("segment-columns").boundingBox();
    if (!wall) throw new Error("Bo sees no wall");
    await bo.page.mouse.move(wall.x + 40, wall.y + 40, { steps: 3 });
    await bo.page.mouse.move(wall.x + 80, wall.y + 60, { steps: 3 });
    await maya.page.waitForTimeout(500);
    await expect(pointer).toHaveCount(0);
  });

  test("a matrix of 60 ideas zooms by buttons and keys, and every idea stays reachable", async ({
    actor,
  }) => {
    const { page } = await actor("Maya Okafor", { viewport: DESKTOP });
    await signUp(page, "Maya Okafor");
    const path = await createWorkshop(page, `Zoom ${uniqueSuffix()}`);
    await seedDoc(page, {
      workshopId: workshopIdOf(page),
      change: (doc, { userId }) => {
        addSegment(doc, { id: "returning", name: "Returning shoppers" });
        for (let i = 0; i < 60; i++) {
          const id = `idea-${i}`;
          addScenario(doc, { id, segmentId: "returning", text: `Idea ${i}`, authorId: userId });
          // A crowded band: most ideas near the middle, as in a real session.
          placeOnMatrix(doc, {
            scenarioId: id,
            value: 0.35 + ((i * 7) % 30) / 100,
            feasibility: 0.3 + ((i * 11) % 40) / 100,
          });
        }
      },
    });
    await openStep(page, path, "prioritize");
    const viewport = page.getByTestId("matrix-viewport");
    const matrix = page.getByTestId("matrix");
    await expect(matrix.getByTestId("matrix-note")).toHaveCount(60);
    const zoomLevel = page.getByTestId("matrix-zoom");
    await expect(zoomLevel).toHaveText("Zoom 100 %");
    await expect(page.getByRole("group", { name: "Matrix zoom" })).toContainText("60 ideas");
    const fitted = await viewport.boundingBox();
    if (!fitted) throw new Error("No matrix window");

    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect(zoomLevel).toHaveText("Zoom 150 %");
    await expect
      .poll(async () => Math.round(((await matrix.boundingBox())?.width ?? 0) / fitted.width / 0.1))
      .toBe(15);
    // The window stays put: the matrix scrolls inside it, the page does not grow sideways.
    const window = await viewport.boundingBox();
    expect(window?.width).toBeCloseTo(fitted.width, 0);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);

    // Keys, from a chip: + zooms in and the chip with focus stays in view; 0 fits again.
    const idea = chip(page, "Idea 17");
    await idea.focus();
    await page.keyboard.press("+");
    await expect(zoomLevel).toHaveText("Zoom 200 %");
    await expect(idea).toBeFocused();
    await expect(idea).toBeInViewport();
    await page.keyboard.press("-");
    await expect(zoomLevel).toHaveText("Zoom 150 %");

    // Every idea can be reached: each one, focused, scrolls into the window with its full text.
    for (const n of [0, 29, 59]) {
      const target = chip(page, `Idea ${n}`);
      await target.focus();
      await expect(target).toBeInViewport();
      await expect(
        matrix.getByTestId("chip-detail").filter({ has: page.locator(`[data-full="Idea ${n}"]`) }),
      ).toBeVisible();
    }
    // Zoomed in, chips stand further apart: no two overlap by more than 10 %.
    const boxes = await matrix
      .getByTestId("matrix-note")
      .evaluateAll((elements) =>
        elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
      );
    let worst = 0;
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0 && h > 0) worst = Math.max(worst, (w * h) / (a.width * a.height));
      }),
    );
    expect(worst).toBeLessThanOrEqual(0.1);
    await page.keyboard.press("0");
    await expect(zoomLevel).toHaveText("Zoom 100 %");
    await expect(page.getByRole("button", { name: "Zoom out" })).toBeDisabled();
    await expectNoSeriousA11yViolations(page);
  });
});
