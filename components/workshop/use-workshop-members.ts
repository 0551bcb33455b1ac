"use client";

import { useMemo, useSyncExternalStore } from "react";
import { createAwarenessStore } from "@/lib/awareness/awareness-store";
import { readPresence, type PresencePeer } from "@/lib/realtime/client/presence";
import { parseFunction, parseRole } from "@/lib/workshops/roles";
import { useWorkshopDetails, type WorkshopMember } from "./workshop-details";
import { useWorkshopRoom } from "./workshop-room";

/**
 * People in the room who are not on the roster the page was rendered with: they joined after
 * it loaded. Their presence was stamped by the server, so name, role and function are theirs.
 */
export function lateJoiners(
  roster: readonly WorkshopMember[],
  peers: readonly Pick<PresencePeer, "user">[],
): WorkshopMember[] {
  const known = new Set(roster.map((member) => member.userId));
  const joiners: WorkshopMember[] = [];
  for (const { user } of peers) {
    if (known.has(user.userId)) continue;
    known.add(user.userId);
    joiners.push({
      userId: user.userId,
      name: user.name,
      role: parseRole(user.role),
      function: parseFunction(user.function),
    });
  }
  return joiners;
}

/** The roster from the page plus anyone who has joined since, so owner pickers stay current. */
export function useWorkshopMembers(): WorkshopMember[] {
  const { awareness } = useWorkshopRoom();
  const { roster } = useWorkshopDetails();
  // A string snapshot: cursor moves change awareness often, but rarely who is in the room.
  const store = useMemo(
    () =>
      createAwarenessStore(awareness, {
        read: (current) =>
          JSON.stringify(lateJoiners(roster, readPresence(current.getStates(), current.clientID))),
        empty: "[]",
      }),
    [awareness, roster],
  );
  const key = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  return useMemo(() => [...roster, ...(JSON.parse(key) as WorkshopMember[])], [roster, key]);
}
