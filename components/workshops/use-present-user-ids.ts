"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { readPresence } from "@/lib/realtime/client/presence";

/** Who has the workshop open right now (from presence, which the server stamps), self included. */
export function usePresentUserIds(): ReadonlySet<string> {
  const { awareness, self } = useWorkshopRoom();
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!awareness) return () => {};
      awareness.on("change", listener);
      return () => awareness.off("change", listener);
    },
    [awareness],
  );
  // A sorted id list as the snapshot: cursor moves change awareness often, presence rarely.
  const getKey = useCallback(() => {
    if (!awareness) return self.userId;
    const ids = new Set(
      readPresence(awareness.getStates(), awareness.clientID).map((peer) => peer.user.userId),
    );
    ids.add(self.userId);
    return [...ids].sort().join("\n");
  }, [awareness, self.userId]);
  const key = useSyncExternalStore(subscribe, getKey, () => self.userId);
  return useMemo(() => new Set(key.split("\n")), [key]);
}
