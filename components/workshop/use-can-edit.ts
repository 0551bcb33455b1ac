"use client";

import { useWorkshopRoom } from "./workshop-room";

/** Whether this person may change the boards now: not an observer, and the board is not locked. */
export function useCanEdit(): boolean {
  return useWorkshopRoom().canEdit;
}
