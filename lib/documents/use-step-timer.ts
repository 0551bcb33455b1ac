"use client";

import { useCallback, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { subscribeControl } from "./control";
import type { StepId } from "./steps";
import { readStepTimer, type StepTimer } from "./timer";

const cache = new WeakMap<Y.Doc, { key: string; timer: StepTimer }>();

/** The shared timer of `step`, re-rendering only when the facilitator changes it. */
export function useStepTimer(control: Y.Doc, step: StepId, suggestedMinutes: number): StepTimer {
  const subscribe = useCallback(
    (listener: () => void) => subscribeControl(control, listener),
    [control],
  );
  const getSnapshot = useCallback(() => {
    const timer = readStepTimer(control, step, suggestedMinutes);
    const key = JSON.stringify(timer);
    const cached = cache.get(control);
    if (cached?.key === key) return cached.timer;
    cache.set(control, { key, timer });
    return timer;
  }, [control, step, suggestedMinutes]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
