"use client";

import { useMemo, useSyncExternalStore } from "react";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { createAwarenessStore } from "@/lib/awareness/awareness-store";
import { readPresence } from "@/lib/realtime/client/presence";

/** Who has the workshop open right now (from presence, which the server stamps), self included. */
export function usePresentUserIds(): ReadonlySet<string> {
  const { awareness, self } = useWorkshopRoom();
  // A sorted id list as the snapshot: cursor moves change awareness often, presence rarely.
  const store = useMemo(
    () =>
      createAwarenessStore(awareness, {
        read(current) {
          const ids = new Set(
            readPresence(current.getStates(), current.clientID).map((peer) => peer.user.userId),
          );
          ids.add(self.userId);
          return [...ids].sort().join("\n");
        },
        empty: self.userId,
      }),
    [awareness, self.userId],
  );
  const key = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  return useMemo(() => new Set(key.split("\n")), [key]);
}
