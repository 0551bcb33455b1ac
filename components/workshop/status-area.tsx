"use client";

import { FollowLeader } from "@/components/facilitation/follow-me";
import { GroupElsewhere } from "@/components/facilitation/group-elsewhere";
import { LockBanner } from "@/components/facilitation/lock-banner";
import type { StepId } from "@/lib/documents/steps";
import { AnonymousChange } from "./anonymous-indicator";
import { RefusalNotice } from "./refusal-notice";
import { useWorkshopRoom } from "./workshop-room";

/**
 * The room's one status area: of the notices that apply, only the most important shows. Each
 * notice stays mounted (following keeps following, live regions stay registered); the CSS hides
 * every notice after the first one with content, so the priority is the order below.
 */
export function StatusArea({ viewing }: { viewing: StepId }) {
  const { role } = useWorkshopRoom();
  return (
    <div
      className="flex flex-col empty:hidden [&>:not(:empty)~*]:hidden"
      data-testid="status-area"
    >
      <RefusalNotice />
      <LockBanner />
      <GroupElsewhere viewing={viewing} />
      {role === "facilitator" ? null : <FollowLeader viewing={viewing} />}
      <AnonymousChange />
    </div>
  );
}
