"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { readPresence, setLocalCursor, type CursorPoint, type PresencePeer } from "./presence";

const NO_PEERS: PresencePeer[] = [];

type PresenceStore = { subscribe(listener: () => void): () => void; getSnapshot(): PresencePeer[] };

// Parses once per awareness change, so useSyncExternalStore sees a stable snapshot between changes.
function createPresenceStore(awareness: Awareness | null): PresenceStore {
  let cached = NO_PEERS;
  let dirty = true;
  return {
    subscribe(listener) {
      if (!awareness) return () => {};
      const onChange = (): void => {
        dirty = true;
        listener();
      };
      awareness.on("change", onChange);
      return () => awareness.off("change", onChange);
    },
    getSnapshot() {
      if (!awareness) return NO_PEERS;
      if (dirty) {
        cached = readPresence(awareness.getStates(), awareness.clientID);
        dirty = false;
      }
      return cached;
    },
  };
}

export type UsePresenceResult = {
  /** Everyone on the board, self first; one entry per tab. */
  peers: PresencePeer[];
  setCursor: (cursor: CursorPoint | null) => void;
};

/** Presence from the board awareness (`useWorkshopDocs(...).awareness`). */
export function usePresence(awareness: Awareness | null): UsePresenceResult {
  const store = useMemo(() => createPresenceStore(awareness), [awareness]);
  const peers = useSyncExternalStore(store.subscribe, store.getSnapshot, () => NO_PEERS);
  const setCursor = useCallback(
    (cursor: CursorPoint | null) => {
      if (awareness) setLocalCursor(awareness, cursor);
    },
    [awareness],
  );
  return { peers, setCursor };
}
