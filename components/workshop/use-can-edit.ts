"use client";

import { useControl } from "@/lib/workshop/use-control";
import { useWorkshopRoom } from "./workshop-room";

/** Whether this person may change the boards now: not an observer, and the board is not locked. */
export function useCanEdit(): boolean {
  const { role, docs } = useWorkshopRoom();
  const { locked } = useControl(docs.control);
  return role !== "observer" && !locked;
}
