"use client";

import { createContext, useContext, type ReactNode } from "react";
import {
  useWorkshopDocs,
  type UseWorkshopDocsResult,
} from "@/lib/realtime/client/use-workshop-docs";
import type { PresenceUser } from "@/lib/realtime/protocol";
import { useControl } from "@/lib/documents/use-control";
import type { WorkshopRole } from "@/lib/workshops/roles";
import { WorkshopUndoProvider } from "./workshop-undo";

export type WorkshopRoomValue = UseWorkshopDocsResult & {
  self: PresenceUser;
  role: WorkshopRole;
  /** This person may change the boards now: not an observer, and the board is not locked. */
  canEdit: boolean;
  /** The name this person's dots and blind placements carry: a pseudonym in anonymous mode. */
  voterId: string;
  workshopId: string;
};

const WorkshopRoomContext = createContext<WorkshopRoomValue | null>(null);

type WorkshopRoomProps = {
  workshopId: string;
  self: PresenceUser;
  role: WorkshopRole;
  /** This person's per-workshop pseudonym (computed on the server; see vote-pseudonym). */
  voterAlias: string;
  children: ReactNode;
};

/**
 * Connects the workshop's shared documents once and hands them to every board below. When a doc
 * is replaced (the server refused a change and this device reloaded the server's copy), the
 * subtree remounts, so every hook, observer and the undo manager binds to the new doc.
 */
export function WorkshopRoom({ workshopId, self, role, voterAlias, children }: WorkshopRoomProps) {
  const live = useWorkshopDocs(workshopId, { self });
  const { locked, anonymous } = useControl(live.docs.control);
  const canEdit = role !== "observer" && !locked;
  const voterId = anonymous ? voterAlias : self.userId;
  return (
    <WorkshopRoomContext.Provider value={{ ...live, self, role, canEdit, voterId, workshopId }}>
      <WorkshopUndoProvider key={live.generation} board={live.docs.board} enabled={canEdit}>
        {children}
      </WorkshopUndoProvider>
    </WorkshopRoomContext.Provider>
  );
}

export function useWorkshopRoom(): WorkshopRoomValue {
  const room = useContext(WorkshopRoomContext);
  if (!room) throw new Error("useWorkshopRoom must be used inside <WorkshopRoom>.");
  return room;
}
