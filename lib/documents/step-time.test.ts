import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readControl } from "./control";
import { moveGroupToStep, readStepTimeLog, timeSpentMs } from "./step-time";

const MINUTE = 60_000;

describe("time spent per step", () => {
  it("books the time of each visit to the step the group leaves", () => {
    const control = new Y.Doc();
    moveGroupToStep(control, { step: "team", now: 0 });
    moveGroupToStep(control, { step: "objective", now: 12 * MINUTE });
    moveGroupToStep(control, { step: "team", now: 30 * MINUTE });
    moveGroupToStep(control, { step: "objective", now: 33 * MINUTE });
    const log = readStepTimeLog(control);
    expect(readControl(control).currentStep).toBe("objective");
    expect(log.spentMs).toEqual({ team: 15 * MINUTE, objective: 18 * MINUTE });
    expect(
      timeSpentMs({ log, step: "objective", currentStep: "objective", now: 40 * MINUTE }),
    ).toBe(25 * MINUTE);
    expect(timeSpentMs({ log, step: "team", currentStep: "objective", now: 40 * MINUTE })).toBe(
      15 * MINUTE,
    );
  });

  it("starts counting only once the facilitator first moves the group", () => {
    const control = new Y.Doc();
    const empty = readStepTimeLog(control);
    expect(timeSpentMs({ log: empty, step: "team", currentStep: "team", now: 99 * MINUTE })).toBe(
      0,
    );
    moveGroupToStep(control, { step: "team", now: 5 * MINUTE });
    expect(readStepTimeLog(control).enteredAt).toBe(5 * MINUTE);
    // Pressing the current step again does not restart its clock.
    moveGroupToStep(control, { step: "team", now: 9 * MINUTE });
    expect(readStepTimeLog(control).enteredAt).toBe(5 * MINUTE);
  });

  it("refuses an unknown step and changes nothing", () => {
    const control = new Y.Doc();
    const result = moveGroupToStep(control, { step: "lunch" as "team", now: 0 });
    expect(result.ok).toBe(false);
    expect(readStepTimeLog(control).enteredAt).toBeNull();
  });
});
