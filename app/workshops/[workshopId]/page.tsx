import type { Metadata } from "next";
import { headers } from "next/headers";
import { forbidden } from "next/navigation";
import { ExportMenu } from "@/components/workshop/export-menu";
import { LiveStatus } from "@/components/workshop/live-status";
import { WorkshopDetailsProvider } from "@/components/workshop/workshop-details";
import { WorkshopObjective } from "@/components/workshop/workshop-objective";
import { WorkshopRoom } from "@/components/workshop/workshop-room";
import { WorkshopSteps } from "@/components/workshop/workshop-steps";
import { InviteLinkCard } from "@/components/workshops/invite-link-card";
import { TeamRoster } from "@/components/workshops/team-roster";
import { requireMembership } from "@/lib/auth/current-user";
import { listInviteLinks } from "@/lib/invites/list-invites";
import { colourForUser, type PresenceUser } from "@/lib/realtime/protocol";
import { votePseudonym } from "@/lib/documents/vote-pseudonym";
import { formatWorkshopDate } from "@/lib/workshops/format";
import { getWorkshop } from "@/lib/workshops/get-workshop";
import { canFacilitate, FUNCTION_LABELS, ROLE_LABELS } from "@/lib/workshops/roles";
import { WorkshopIdSchema } from "@/lib/workshops/schemas";

/** The address people reached us at, so copied links work on a LAN or behind a proxy too. */
function requestOrigin(h: Headers): string {
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const protocol = h.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}`;
}

type Params = Promise<{ workshopId: string }>;

export const metadata: Metadata = { title: "Workshop" };

export default async function WorkshopPage({ params }: { params: Params }) {
  const { workshopId } = await params;
  if (!WorkshopIdSchema.safeParse(workshopId).success) forbidden();
  const { user, membership } = await requireMembership(workshopId, `/workshops/${workshopId}`);
  const workshop = await getWorkshop({ workshopId });
  if (!workshop) forbidden();
  const facilitating = canFacilitate(membership.role);
  const links = facilitating ? await listInviteLinks({ workshopId }) : {};
  const origin = requestOrigin(await headers());
  const self: PresenceUser = {
    userId: user.id,
    name: user.name,
    role: membership.role,
    function: membership.function,
    colour: colourForUser(user.id),
  };

  const details = {
    title: workshop.title,
    date: workshop.scheduledFor ? workshop.scheduledFor.toISOString().slice(0, 10) : null,
    roster: workshop.roster.map(({ userId, name, role, function: fn }) => ({
      userId,
      name,
      role,
      function: fn,
    })),
  };

  return (
    <WorkshopRoom
      workshopId={workshopId}
      self={self}
      role={membership.role}
      voterAlias={votePseudonym({ workshopId, userId: user.id })}
    >
      <WorkshopDetailsProvider details={details}>
        <main className="mx-auto flex max-w-6xl flex-col gap-8 px-6 py-10">
          <header className="flex flex-col gap-2">
            <p className="text-sm text-slate-600">
              {formatWorkshopDate(workshop.scheduledFor)} · You are{" "}
              <span data-testid="my-role">{ROLE_LABELS[membership.role].toLowerCase()}</span> (
              {FUNCTION_LABELS[membership.function]})
            </p>
            <div className="flex flex-wrap items-start justify-between gap-4">
              <h1 className="text-3xl font-semibold">{workshop.title}</h1>
              <div className="flex flex-wrap items-center gap-3">
                <LiveStatus />
                <ExportMenu workshopId={workshopId} />
              </div>
            </div>
            <WorkshopObjective draft={workshop.objectiveDraft || null} />
            {membership.role === "observer" ? (
              <p
                role="note"
                className="w-fit rounded-md bg-slate-100 px-3 py-1.5 text-sm text-slate-700"
              >
                Read-only: observers follow the workshop and its outcomes without editing the
                boards.
              </p>
            ) : null}
          </header>
          <WorkshopSteps
            teamPanel={
              <div className="grid gap-8 lg:grid-cols-[1fr_26rem]">
                <TeamRoster roster={workshop.roster} />
                {facilitating ? (
                  <section aria-labelledby="invite-heading" className="flex flex-col gap-4">
                    <h3 id="invite-heading" className="text-lg font-semibold">
                      Invite links
                    </h3>
                    <InviteLinkCard
                      workshopId={workshopId}
                      role="participant"
                      title="Participants"
                      description="Can write notes, drag them and edit the boards. No account needed."
                      url={links.participant ? `${origin}/join/${links.participant.token}` : null}
                      expiresLabel={
                        links.participant ? formatWorkshopDate(links.participant.expiresAt) : null
                      }
                    />
                    <InviteLinkCard
                      workshopId={workshopId}
                      role="observer"
                      title="Observers and stakeholders"
                      description="Can follow along and read the outcomes, but not edit."
                      url={links.observer ? `${origin}/join/${links.observer.token}` : null}
                      expiresLabel={
                        links.observer ? formatWorkshopDate(links.observer.expiresAt) : null
                      }
                    />
                  </section>
                ) : null}
              </div>
            }
          />
        </main>
      </WorkshopDetailsProvider>
    </WorkshopRoom>
  );
}
