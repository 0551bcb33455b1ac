import type { Metadata } from "next";
import { headers } from "next/headers";
import { forbidden } from "next/navigation";
import { ExportMenu } from "@/components/workshop/export-menu";
import { LiveStatus } from "@/components/workshop/live-status";
import { WorkshopDetailsProvider } from "@/components/workshop/workshop-details";
import { WorkshopObjective } from "@/components/workshop/workshop-objective";
import { LazyTeamStep } from "@/components/workshop/lazy-team-step";
import { RoomFollowUp } from "@/components/workshop/room-follow-up";
import { WorkshopRoom } from "@/components/workshop/workshop-room";
import { WorkshopSteps } from "@/components/workshop/workshop-steps";
import { requireMembership } from "@/lib/auth/current-user";
import { requestOrigin } from "@/lib/http/request-origin";
import { listInviteLinks } from "@/lib/invites/list-invites";
import { colourForUser, type PresenceUser } from "@/lib/realtime/protocol";
import { votePseudonym } from "@/lib/documents/vote-pseudonym";
import { formatWorkshopDate } from "@/lib/workshops/format";
import { getWorkshop } from "@/lib/workshops/get-workshop";
import { canFacilitate, FUNCTION_LABELS, ROLE_LABELS } from "@/lib/workshops/roles";
import { WorkshopIdSchema } from "@/lib/workshops/schemas";

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
        <main className="flex w-full min-w-0 flex-col gap-2 px-3 pt-2 pb-6 sm:px-4">
          <header
            className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 pb-2"
            data-testid="workshop-header"
          >
            <div className="flex min-w-0 flex-1 basis-64 flex-col">
              <h1 className="truncate text-lg leading-tight font-semibold" title={workshop.title}>
                {workshop.title}
              </h1>
              <p className="truncate text-xs text-slate-600">
                {formatWorkshopDate(workshop.scheduledFor)} · You are{" "}
                <span data-testid="my-role">{ROLE_LABELS[membership.role].toLowerCase()}</span> (
                {FUNCTION_LABELS[membership.function]})
                {membership.role === "observer" ? (
                  <span role="note">
                    {" "}
                    · Read-only: observers follow the workshop and its outcomes without editing the
                    boards.
                  </span>
                ) : null}
              </p>
              <WorkshopObjective draft={workshop.objectiveDraft || null} />
              <RoomFollowUp />
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <LiveStatus />
              <ExportMenu workshopId={workshopId} />
            </div>
          </header>
          <WorkshopSteps
            teamPanel={
              <LazyTeamStep
                workshopId={workshopId}
                roster={workshop.roster}
                invites={
                  facilitating
                    ? {
                        participant: links.participant
                          ? {
                              url: `${origin}/join/${links.participant.token}`,
                              expiresLabel: formatWorkshopDate(links.participant.expiresAt),
                            }
                          : null,
                        observer: links.observer
                          ? {
                              url: `${origin}/join/${links.observer.token}`,
                              expiresLabel: formatWorkshopDate(links.observer.expiresAt),
                            }
                          : null,
                      }
                    : null
                }
              />
            }
          />
        </main>
      </WorkshopDetailsProvider>
    </WorkshopRoom>
  );
}
