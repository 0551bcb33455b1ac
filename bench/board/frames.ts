import type { Page } from "@playwright/test";

// In-page code is passed as source text: tsx rewrites named functions with a helper that does
// not exist in the browser.
const START_RECORDING = `(() => {
  const frames = [];
  window.__frames = frames;
  window.__frameLoop = true;
  let last = performance.now();
  function tick(now) {
    frames.push(now - last);
    last = now;
    if (window.__frameLoop) requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})()`;

const STOP_RECORDING = `(() => {
  window.__frameLoop = false;
  return window.__frames || [];
})()`;

/** Starts recording the gap between animation frames in the page. */
export async function startFrameRecording(page: Page): Promise<void> {
  await page.evaluate(START_RECORDING);
}

/** Stops recording and returns the frame times in milliseconds. */
export async function stopFrameRecording(page: Page): Promise<number[]> {
  const frames: unknown = await page.evaluate(STOP_RECORDING);
  return Array.isArray(frames)
    ? frames.filter((value): value is number => typeof value === "number")
    : [];
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}
