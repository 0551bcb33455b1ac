"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { RosterEntry } from "@/lib/workshops/get-workshop";

/** One person on the workshop's roster, as the boards need them (no server-only fields). */
export type WorkshopMember = Pick<RosterEntry, "userId" | "name" | "role" | "function">;

/** What the server page knows about the workshop that the boards also need. */
export type WorkshopDetails = {
  title: string;
  /** Calendar date of the workshop ("2027-03-14"), or null when none was set. */
  date: string | null;
  /** Facilitators first, as getWorkshop orders them. */
  roster: WorkshopMember[];
};

const WorkshopDetailsContext = createContext<WorkshopDetails | null>(null);

/** Hands the workshop's title, date and roster from the server page to client boards. */
export function WorkshopDetailsProvider({
  details,
  children,
}: {
  details: WorkshopDetails;
  children: ReactNode;
}) {
  return (
    <WorkshopDetailsContext.Provider value={details}>{children}</WorkshopDetailsContext.Provider>
  );
}

export function useWorkshopDetails(): WorkshopDetails {
  const details = useContext(WorkshopDetailsContext);
  if (!details)
    throw new Error("useWorkshopDetails must be used inside <WorkshopDetailsProvider>.");
  return details;
}
