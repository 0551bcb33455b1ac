"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { createAwarenessStore } from "@/lib/awareness/awareness-store";
import { readPresence, setLocalCursor, type CursorPoint, type PresencePeer } from "./presence";

const NO_PEERS: PresencePeer[] = [];

function readPeers(awareness: Awareness): PresencePeer[] {
  return readPresence(awareness.getStates(), awareness.clientID);
}

export type UsePresenceResult = {
  /** Everyone on the board, self first; one entry per tab. */
  peers: PresencePeer[];
  setCursor: (cursor: CursorPoint | null) => void;
};

/** Presence from the board awareness (`useWorkshopDocs(...).awareness`). */
export function usePresence(awareness: Awareness | null): UsePresenceResult {
  const store = useMemo(
    () => createAwarenessStore(awareness, { read: readPeers, empty: NO_PEERS }),
    [awareness],
  );
  const peers = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const setCursor = useCallback(
    (cursor: CursorPoint | null) => {
      if (awareness) setLocalCursor(awareness, cursor);
    },
    [awareness],
  );
  return { peers, setCursor };
}
