import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { formatRemaining, readStepTimer, remainingMs, updateStepTimer } from "./timer";

const base = { step: "context" as const, suggestedMinutes: 20 };

describe("step timer", () => {
  it("starts from the step's suggestion and counts down from an end time", () => {
    const control = new Y.Doc();
    expect(readStepTimer(control, "context", 20)).toEqual({
      status: "idle",
      step: "context",
      remainingMs: 1_200_000,
    });
    updateStepTimer(control, { ...base, action: "start", now: 1_000 });
    const timer = readStepTimer(control, "context", 20);
    expect(timer).toEqual({ status: "running", step: "context", endsAt: 1_201_000 });
    expect(remainingMs(timer, 601_000)).toBe(600_000);
    expect(remainingMs(timer, 9_999_999)).toBe(0);
  });

  it("pauses, resumes with what was left, adds a minute and resets", () => {
    const control = new Y.Doc();
    updateStepTimer(control, { ...base, action: "start", now: 0 });
    updateStepTimer(control, { ...base, action: "pause", now: 200_000 });
    expect(readStepTimer(control, "context", 20)).toMatchObject({
      status: "paused",
      remainingMs: 1_000_000,
    });
    updateStepTimer(control, { ...base, action: "add-minute", now: 500_000 });
    updateStepTimer(control, { ...base, action: "start", now: 500_000 });
    expect(readStepTimer(control, "context", 20)).toMatchObject({
      status: "running",
      endsAt: 1_560_000,
    });
    updateStepTimer(control, { ...base, action: "reset", now: 600_000 });
    expect(readStepTimer(control, "context", 20)).toMatchObject({
      status: "idle",
      remainingMs: 1_200_000,
    });
  });

  it("treats a timer from another step as not started", () => {
    const control = new Y.Doc();
    updateStepTimer(control, { ...base, action: "start", now: 0 });
    expect(readStepTimer(control, "scenarios", 45)).toEqual({
      status: "idle",
      step: "scenarios",
      remainingMs: 2_700_000,
    });
  });

  it("refuses nonsense and changes nothing", () => {
    const control = new Y.Doc();
    const result = updateStepTimer(control, { ...base, action: "start", now: Number.NaN });
    expect(result.ok).toBe(false);
    expect(readStepTimer(control, "context", 20).status).toBe("idle");
  });

  it("formats minutes and seconds, rounding up", () => {
    expect(formatRemaining(1_200_000)).toBe("20:00");
    expect(formatRemaining(59_001)).toBe("01:00");
    expect(formatRemaining(0)).toBe("00:00");
  });
});
