import type * as Y from "yjs";
import * as z from "zod/mini";
import { observeControl, readControlValue, writeControlValue } from "./control-layout";
import { ok, parseInput, type WriteResult } from "./result";
import { StepIdSchema, type StepId } from "./steps";
import { transactResult } from "./write";

// The control doc holds facilitator settings; the server lets only facilitators write it, and
// reads the lock flag itself. Everything lives in one map next to that flag.

export type ControlState = {
  currentStep: StepId;
  /** Hide note authors on the boards. */
  anonymous: boolean;
  /** The facilitator locked the board: nobody can edit it (the server enforces this). */
  locked: boolean;
};

export function readControl(control: Y.Doc): ControlState {
  return {
    currentStep: readControlValue(control, "currentStep") ?? "team",
    anonymous: readControlValue(control, "anonymous") === true,
    locked: readControlValue(control, "locked") === true,
  };
}

const SetCurrentStepOptionsSchema = z.object({ step: StepIdSchema });
export type SetCurrentStepOptions = z.input<typeof SetCurrentStepOptionsSchema>;

/** Moves everyone to a step (facilitators only; the server refuses other writers). */
export function setCurrentStep(
  control: Y.Doc,
  options: SetCurrentStepOptions,
): WriteResult<StepId> {
  const input = parseInput(SetCurrentStepOptionsSchema, options);
  if (!input.ok) return input.result;
  const { step } = input.value;
  return transactResult(control, () => {
    writeControlValue(control, "currentStep", step);
    return ok(step);
  });
}

const SetAnonymousModeOptionsSchema = z.object({ anonymous: z.boolean() });
export type SetAnonymousModeOptions = z.input<typeof SetAnonymousModeOptionsSchema>;

export function setAnonymousMode(
  control: Y.Doc,
  options: SetAnonymousModeOptions,
): WriteResult<boolean> {
  const input = parseInput(SetAnonymousModeOptionsSchema, options);
  if (!input.ok) return input.result;
  const { anonymous } = input.value;
  return transactResult(control, () => {
    writeControlValue(control, "anonymous", anonymous);
    return ok(anonymous);
  });
}

/** Subscribes to control changes; for useSyncExternalStore. */
export function subscribeControl(control: Y.Doc, listener: () => void): () => void {
  return observeControl(control, listener);
}
