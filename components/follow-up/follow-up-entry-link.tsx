"use client";

import Link from "next/link";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { useControl } from "@/lib/documents/use-control";
import { hasProgress } from "@/lib/follow-up/progress";
import { useFollowUpProgress } from "@/lib/follow-up/use-follow-up-progress";

/** The way from the room to its follow-up, once the group reached step 8 or progress exists. */
export function FollowUpEntryLink() {
  const { docs, workshopId } = useWorkshopRoom();
  const { currentStep } = useControl(docs.control);
  const progress = useFollowUpProgress(docs.board);
  if (currentStep !== "share" && !hasProgress(progress)) return null;
  return (
    <p className="text-sm">
      <Link href={`/workshops/${workshopId}/follow-up`} className="text-brand-700 underline">
        Open the follow-up
      </Link>
      <span className="text-slate-600">
        : roadmap progress, owner links, test results and &ldquo;Run again&rdquo;.
      </span>
    </p>
  );
}
