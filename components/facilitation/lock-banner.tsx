"use client";

import { Lock } from "@/components/ui/icons";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { useControl } from "@/lib/documents/use-control";

/** Tells everyone why nothing can be edited while the facilitator has frozen the boards. */
export function LockBanner() {
  const { docs } = useWorkshopRoom();
  const { locked } = useControl(docs.control);
  if (!locked) return null;
  return (
    <p
      role="status"
      className="flex items-center gap-2 rounded-md border border-slate-300 bg-slate-100 px-3 py-1.5 text-sm text-slate-800"
    >
      <Lock aria-hidden className="size-4 shrink-0" />
      The facilitator has locked the boards. You can look, but changes are paused until they unlock
      them.
    </p>
  );
}
