"use client";

import { useCallback, useSyncExternalStore } from "react";
import { serverNow } from "@/lib/realtime/client/server-clock";

/**
 * The server's current time (shared timestamps are on its clock), rounded to `tickMs` and
 * refreshed that often while `active`.
 */
export function useNow(active: boolean, tickMs = 250): number {
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!active) return () => {};
      const interval = window.setInterval(listener, tickMs);
      return () => window.clearInterval(interval);
    },
    [active, tickMs],
  );
  // Rounded so every render within one tick sees the same value.
  const getNow = useCallback(() => Math.floor(serverNow() / tickMs) * tickMs, [tickMs]);
  return useSyncExternalStore(subscribe, getNow, () => 0);
}
