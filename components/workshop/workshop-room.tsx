"use client";

import { createContext, useContext, type ReactNode } from "react";
import {
  useWorkshopDocs,
  type UseWorkshopDocsResult,
} from "@/lib/realtime/client/use-workshop-docs";
import type { PresenceUser } from "@/lib/realtime/protocol";
import type { WorkshopRole } from "@/lib/workshops/roles";

export type WorkshopRoomValue = UseWorkshopDocsResult & {
  self: PresenceUser;
  role: WorkshopRole;
};

const WorkshopRoomContext = createContext<WorkshopRoomValue | null>(null);

type WorkshopRoomProps = {
  workshopId: string;
  self: PresenceUser;
  role: WorkshopRole;
  children: ReactNode;
};

/** Connects the workshop's shared documents once and hands them to every board below. */
export function WorkshopRoom({ workshopId, self, role, children }: WorkshopRoomProps) {
  const live = useWorkshopDocs(workshopId, { self });
  return (
    <WorkshopRoomContext.Provider value={{ ...live, self, role }}>
      {children}
    </WorkshopRoomContext.Provider>
  );
}

export function useWorkshopRoom(): WorkshopRoomValue {
  const room = useContext(WorkshopRoomContext);
  if (!room) throw new Error("useWorkshopRoom must be used inside <WorkshopRoom>.");
  return room;
}
