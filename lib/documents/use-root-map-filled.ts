"use client";

import { useCallback, useSyncExternalStore } from "react";
import type * as Y from "yjs";

/**
 * Whether a root map of the doc holds anything, live. Cheap enough for the room's first screen:
 * it lets a feature whose code is large (and only matters once its map has entries) load late.
 */
export function useRootMapFilled(doc: Y.Doc, name: string): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      const map = doc.getMap<unknown>(name);
      map.observe(listener);
      return () => map.unobserve(listener);
    },
    [doc, name],
  );
  return useSyncExternalStore(
    subscribe,
    () => doc.getMap<unknown>(name).size > 0,
    () => false,
  );
}
