import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { CONTROL_KEYS, CONTROL_MAP } from "./control-layout";
import { readControl, setAnonymousMode, setCurrentStep, subscribeControl } from "./control";
import { expectOk } from "./testing";

describe("control doc", () => {
  it("defaults to step 1, named authors and an unlocked board", () => {
    expect(readControl(new Y.Doc())).toEqual({
      currentStep: "team",
      anonymous: false,
      locked: false,
    });
  });

  it("sets the step and anonymous mode, reads the lock, and notifies", () => {
    const control = new Y.Doc();
    let calls = 0;
    const unsubscribe = subscribeControl(control, () => calls++);
    expectOk(setCurrentStep(control, { step: "prioritize" }));
    expectOk(setAnonymousMode(control, { anonymous: true }));
    control.getMap(CONTROL_MAP).set(CONTROL_KEYS.locked, true);
    expect(readControl(control)).toEqual({
      currentStep: "prioritize",
      anonymous: true,
      locked: true,
    });
    expect(calls).toBe(3);
    unsubscribe();
    // @ts-expect-error: not a step id
    expect(setCurrentStep(control, { step: "lunch" }).ok).toBe(false);
    expect(readControl(control).currentStep).toBe("prioritize");
  });
});
