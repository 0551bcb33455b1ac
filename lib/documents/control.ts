import type * as Y from "yjs";
import * as z from "zod/mini";
import { CONTROL_KEYS, controlMap } from "./control-layout";
import { ok, parseInput, type WriteResult } from "./result";
import { StepIdSchema, type StepId } from "./steps";
import { transactResult } from "./write";

// The control doc holds facilitator settings; the server lets only facilitators write it, and
// reads the lock flag itself. Everything lives in one map next to that flag.

const CURRENT_STEP_KEY = CONTROL_KEYS.currentStep;
const ANONYMOUS_KEY = CONTROL_KEYS.anonymous;

export type ControlState = {
  currentStep: StepId;
  /** Hide note authors on the boards. */
  anonymous: boolean;
  /** The facilitator locked the board: nobody can edit it (the server enforces this). */
  locked: boolean;
};

export function readControl(control: Y.Doc): ControlState {
  const map = controlMap(control);
  const step = StepIdSchema.safeParse(map.get(CURRENT_STEP_KEY));
  return {
    currentStep: step.success ? step.data : "team",
    anonymous: map.get(ANONYMOUS_KEY) === true,
    locked: map.get(CONTROL_KEYS.locked) === true,
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
    controlMap(control).set(CURRENT_STEP_KEY, step);
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
    controlMap(control).set(ANONYMOUS_KEY, anonymous);
    return ok(anonymous);
  });
}

/** Subscribes to control changes; for useSyncExternalStore. */
export function subscribeControl(control: Y.Doc, listener: () => void): () => void {
  const map = controlMap(control);
  const onChange = (): void => listener();
  map.observe(onChange);
  return () => map.unobserve(onChange);
}
