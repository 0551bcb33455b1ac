// The step-4 sticky-note wall with 45 ideas (three segments of fifteen, the size of a real
// workshop): time until every note is drawn and answers input, and frame times while a note is
// dragged across the columns.
import type { Page } from "@playwright/test";
import { seedDoc, workshopIdOf } from "@/e2e/support/seed-board";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import { percentile, startFrameRecording, stopFrameRecording } from "./frames";

export const WALL_NOTES = 45;
const DRAG_MS = 2000;

/** A new workshop of the signed-in facilitator on `page`, with the 45-idea wall; its step-4 URL. */
export async function setUpWall(page: Page): Promise<string> {
  await page.goto("/workshops");
  const form = page.getByRole("form", { name: "New workshop" });
  await form.getByLabel("Title").fill("Benchmark: 45-idea wall");
  await form.getByRole("button", { name: "Create workshop" }).click();
  await page.getByRole("heading", { level: 1, name: "Benchmark: 45-idea wall" }).waitFor();
  const workshopId = workshopIdOf(page);
  await seedDoc(page, {
    workshopId,
    change: (doc, { userId }) => {
      for (let s = 0; s < 3; s++) addSegment(doc, { id: `wall-${s}`, name: `Segment ${s}` });
      for (let i = 0; i < WALL_NOTES; i++) {
        addScenario(doc, {
          id: `wall-idea-${i}`,
          segmentId: `wall-${i % 3}`,
          // Long and short ideas, as people write them: notes grow with their text.
          text: `Idea ${i}: ${"personalize the next visit from what we know ".repeat(1 + (i % 4))}`,
          authorId: userId,
        });
      }
    },
  });
  return `/workshops/${workshopId}?step=scenarios`;
}

async function interactive(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(
    `document.querySelectorAll('[data-testid="scenario-note"]').length >= ${WALL_NOTES}`,
    undefined,
    { timeout: 60_000, polling: 16 },
  );
  return Number(
    await page.evaluate(
      "new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)))",
    ),
  );
}

/** Drags the first note by its handle in circles over the columns for DRAG_MS, then drops it. */
async function dragAcrossColumns(page: Page): Promise<void> {
  const handle = page.getByRole("button", { name: /^Move scenario / }).first();
  await handle.scrollIntoViewIfNeeded();
  const start = await handle.boundingBox();
  const wall = await page.getByTestId("segment-columns").boundingBox();
  if (!start || !wall) throw new Error("The wall is not visible");
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  const began = Date.now();
  let step = 0;
  while (Date.now() - began < DRAG_MS) {
    const t = step / 60;
    await page.mouse.move(
      wall.x + wall.width * (0.5 + 0.4 * Math.cos(t * Math.PI * 2)),
      start.y + 200 + 150 * Math.sin(t * Math.PI * 2),
    );
    step += 1;
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
}

export type WallResult = {
  notes: number;
  interactive_ms: number;
  drag: { frames: number; median_ms: number; p95_ms: number; max_ms: number };
};

export async function measureWall(page: Page): Promise<WallResult> {
  const url = await setUpWall(page);
  const interactiveMs = await interactive(page, url);
  await startFrameRecording(page);
  await dragAcrossColumns(page);
  const frames = (await stopFrameRecording(page)).slice(1);
  return {
    notes: WALL_NOTES,
    interactive_ms: Math.round(interactiveMs),
    drag: {
      frames: frames.length,
      median_ms: percentile(frames, 50),
      p95_ms: percentile(frames, 95),
      max_ms: frames.length > 0 ? Math.max(...frames) : 0,
    },
  };
}
