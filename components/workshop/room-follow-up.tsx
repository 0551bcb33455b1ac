"use client";

import dynamic from "next/dynamic";
import { useControl } from "@/lib/documents/use-control";
import { useRootMapFilled } from "@/lib/documents/use-root-map-filled";
import { useWorkshopRoom } from "./workshop-room";

// The follow-up's notes in the header need its whole data layer (progress, A/B counts and their
// validators: about 12 kB gzipped). Most rooms show neither note, so the code loads only once
// the doc holds what they read; each then decides for itself whether it shows.
const FromLastTimeNote = dynamic(() =>
  import("@/components/follow-up/from-last-time-note").then((m) => m.FromLastTimeNote),
);
const FollowUpEntryLink = dynamic(() =>
  import("@/components/follow-up/follow-up-entry-link").then((m) => m.FollowUpEntryLink),
);

/** lib/follow-up's root maps (FROM_LAST_TIME_MAP, PROGRESS_MAP; room-follow-up.test.ts). */
export const FOLLOW_UP_MAPS = { fromLastTime: "fromLastTime", progress: "progress" } as const;

/** "From last time" and the way to the follow-up, when they can apply. */
export function RoomFollowUp() {
  const { docs } = useWorkshopRoom();
  const { currentStep } = useControl(docs.control);
  const carried = useRootMapFilled(docs.board, FOLLOW_UP_MAPS.fromLastTime);
  const progress = useRootMapFilled(docs.board, FOLLOW_UP_MAPS.progress);
  return (
    <>
      {carried ? <FromLastTimeNote /> : null}
      {progress || currentStep === "share" ? <FollowUpEntryLink /> : null}
    </>
  );
}
