"use client";

import { useMemo, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { createAwarenessStore } from "@/lib/awareness/awareness-store";
import { readLeaderFocus, type LeaderFocus } from "./follow-focus";
import type { StepId } from "./steps";

/** The facilitator's shared focus, until the group moves on; stable between changes. */
export function useLeaderFocus(awareness: Awareness | null, groupStep: StepId): LeaderFocus | null {
  const store = useMemo(
    () =>
      createAwarenessStore<LeaderFocus | null>(awareness, {
        read: (current) => readLeaderFocus(current, groupStep),
        empty: null,
        keyOf: (focus) => JSON.stringify(focus),
      }),
    [awareness, groupStep],
  );
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
}
