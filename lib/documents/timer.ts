import type * as Y from "yjs";
import * as z from "zod/mini";
import { readControlValue, writeControlValue } from "./control-layout";
import { MAX_TIMER_MS, type StepTimer } from "./control-records";
import { ok, parseInput, type WriteResult } from "./result";
import { StepIdSchema, type StepId } from "./steps";
import { transactResult } from "./write";

export type { StepTimer };

const MINUTE_MS = 60_000;

/** The timer for `step`; a timer left over from another step reads as idle at the suggestion. */
export function readStepTimer(control: Y.Doc, step: StepId, suggestedMinutes: number): StepTimer {
  const stored = readControlValue(control, "timer");
  if (stored?.step === step) return stored;
  return { status: "idle", step, remainingMs: suggestedMinutes * MINUTE_MS };
}

/** Milliseconds left at `now`, never negative. */
export function remainingMs(timer: StepTimer, now: number): number {
  return timer.status === "running" ? Math.max(0, timer.endsAt - now) : timer.remainingMs;
}

/** "mm:ss", rounding up so the display reaches 00:00 exactly when time is up. */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

const TimerActionSchema = z.object({
  action: z.enum(["start", "pause", "add-minute", "reset"]),
  step: StepIdSchema,
  suggestedMinutes: z.int().check(z.gte(1), z.lte(480)),
  now: z.int(),
});
export type TimerAction = z.input<typeof TimerActionSchema>;

/** Applies a facilitator's timer button; only facilitators can write the control doc. */
export function updateStepTimer(control: Y.Doc, options: TimerAction): WriteResult<StepTimer> {
  const input = parseInput(TimerActionSchema, options);
  if (!input.ok) return input.result;
  const { action, step, suggestedMinutes, now } = input.value;
  return transactResult(control, () => {
    const timer = readStepTimer(control, step, suggestedMinutes);
    const left = remainingMs(timer, now);
    const next = nextTimer({ timer, action, left, now, suggestedMinutes });
    writeControlValue(control, "timer", next);
    return ok(next);
  });
}

function nextTimer(options: {
  timer: StepTimer;
  action: TimerAction["action"];
  left: number;
  now: number;
  suggestedMinutes: number;
}): StepTimer {
  const { timer, action, left, now } = options;
  const step = timer.step;
  switch (action) {
    case "start":
      if (timer.status === "running") return timer;
      return { status: "running", step, endsAt: now + left };
    case "pause":
      return timer.status === "running" ? { status: "paused", step, remainingMs: left } : timer;
    case "add-minute": {
      const extended = Math.min(MAX_TIMER_MS, left + MINUTE_MS);
      return timer.status === "running"
        ? { status: "running", step, endsAt: now + extended }
        : { status: timer.status, step, remainingMs: extended };
    }
    case "reset":
      return { status: "idle", step, remainingMs: options.suggestedMinutes * MINUTE_MS };
  }
}
