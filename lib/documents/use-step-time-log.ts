"use client";

import { useCallback, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { subscribeControl } from "./control";
import { readStepTimeLog, type StepTimeLog } from "./step-time";

const cache = new WeakMap<Y.Doc, { key: string; log: StepTimeLog }>();

/** Time booked per step, re-rendering only when the facilitator moves the group. */
export function useStepTimeLog(control: Y.Doc): StepTimeLog {
  const subscribe = useCallback(
    (listener: () => void) => subscribeControl(control, listener),
    [control],
  );
  const getSnapshot = useCallback(() => {
    const log = readStepTimeLog(control);
    const key = JSON.stringify(log);
    const cached = cache.get(control);
    if (cached?.key === key) return cached.log;
    cache.set(control, { key, log });
    return log;
  }, [control]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
