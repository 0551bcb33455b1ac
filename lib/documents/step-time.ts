import type * as Y from "yjs";
import * as z from "zod/mini";
import { readControlValue, writeControlValue } from "./control-layout";
import { readControl, setCurrentStep } from "./control";
import { ok, parseInput, type WriteResult } from "./result";
import { STEP_IDS, StepIdSchema, type StepId } from "./steps";
import { transactResult } from "./write";


export type StepTimeLog = {
  /** Milliseconds the group spent on each step before the current visit. */
  spentMs: Partial<Record<StepId, number>>;
  /** When the group arrived at the current step, or null before the facilitator first moved it. */
  enteredAt: number | null;
};

export function readStepTimeLog(control: Y.Doc): StepTimeLog {
  const spent = readControlValue(control, "agendaSpentMs") ?? {};
  const spentMs: Partial<Record<StepId, number>> = {};
  for (const step of STEP_IDS) {
    const value = spent[step];
    if (value !== undefined) spentMs[step] = value;
  }
  return { spentMs, enteredAt: readControlValue(control, "agendaEnteredAt") };
}

/** Time spent on `step` so far at `now`, counting the visit in progress. */
export function timeSpentMs(options: {
  log: StepTimeLog;
  step: StepId;
  currentStep: StepId;
  now: number;
}): number {
  const { log, step, currentStep, now } = options;
  const before = log.spentMs[step] ?? 0;
  if (step !== currentStep || log.enteredAt === null) return before;
  return before + Math.max(0, now - log.enteredAt);
}

const MoveGroupOptionsSchema = z.object({ step: StepIdSchema, now: z.int() });
export type MoveGroupOptions = z.input<typeof MoveGroupOptionsSchema>;

/**
 * Moves the group to `step` (facilitators only) and books the time spent on the step it leaves,
 * so the agenda can show planned against actual minutes.
 */
export function moveGroupToStep(control: Y.Doc, options: MoveGroupOptions): WriteResult<StepId> {
  const input = parseInput(MoveGroupOptionsSchema, options);
  if (!input.ok) return input.result;
  const { step, now } = input.value;
  return transactResult(control, () => {
    const { currentStep } = readControl(control);
    const log = readStepTimeLog(control);
    if (step === currentStep && log.enteredAt !== null) return ok(step);
    if (log.enteredAt !== null) {
      const spent: Record<string, number> = { ...log.spentMs };
      spent[currentStep] = timeSpentMs({ log, step: currentStep, currentStep, now });
      writeControlValue(control, "agendaSpentMs", spent);
    }
    writeControlValue(control, "agendaEnteredAt", now);
    return setCurrentStep(control, { step });
  });
}
