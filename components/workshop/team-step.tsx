"use client";

import { InviteLinkCard } from "@/components/workshops/invite-link-card";
import { TeamRoster } from "@/components/workshops/team-roster";
import type { RosterEntry } from "@/lib/workshops/get-workshop";

export type InviteLinkView = { url: string; expiresLabel: string } | null;

export type TeamStepProps = {
  workshopId: string;
  roster: RosterEntry[];
  /** The invite links, for facilitators only (null for everyone else). */
  invites: { participant: InviteLinkView; observer: InviteLinkView } | null;
};

/** Step 1: who takes part, and for the facilitator the links that invite more people. */
export function TeamStep({ workshopId, roster, invites }: TeamStepProps) {
  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_26rem]">
      <TeamRoster roster={roster} />
      {invites ? (
        <section aria-labelledby="invite-heading" className="flex flex-col gap-4">
          <h3 id="invite-heading" className="text-lg font-semibold">
            Invite links
          </h3>
          <InviteLinkCard
            workshopId={workshopId}
            role="participant"
            title="Participants"
            description="Can write notes, drag them and edit the boards. No account needed."
            url={invites.participant?.url ?? null}
            expiresLabel={invites.participant?.expiresLabel ?? null}
          />
          <InviteLinkCard
            workshopId={workshopId}
            role="observer"
            title="Observers and stakeholders"
            description="Can follow along and read the outcomes, but not edit."
            url={invites.observer?.url ?? null}
            expiresLabel={invites.observer?.expiresLabel ?? null}
          />
        </section>
      ) : null}
    </div>
  );
}
