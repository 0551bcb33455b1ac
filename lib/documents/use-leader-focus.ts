"use client";

import { useCallback, useRef, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { readLeaderFocus, type LeaderFocus } from "./follow-focus";
import type { StepId } from "./steps";

const noop = (): void => {};

/** The facilitator's shared focus, until the group moves on; stable between changes. */
export function useLeaderFocus(awareness: Awareness | null, groupStep: StepId): LeaderFocus | null {
  const cache = useRef<{ key: string; focus: LeaderFocus | null }>({ key: "", focus: null });
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!awareness) return noop;
      awareness.on("change", listener);
      return () => awareness.off("change", listener);
    },
    [awareness],
  );
  const getSnapshot = useCallback(() => {
    const focus = awareness ? readLeaderFocus(awareness, groupStep) : null;
    const key = JSON.stringify(focus);
    if (key !== cache.current.key) cache.current = { key, focus };
    return cache.current.focus;
  }, [awareness, groupStep]);
  return useSyncExternalStore(subscribe, getSnapshot, () => null);
}
