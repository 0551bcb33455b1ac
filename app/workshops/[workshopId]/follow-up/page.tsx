import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { FollowUpView } from "@/components/follow-up/follow-up-view";
import { WorkshopRoom } from "@/components/workshop/workshop-room";
import { requireUser } from "@/lib/auth/current-user";
import { checkAccess } from "@/lib/auth/with-access";
import { serverSecret } from "@/lib/config/server-secret";
import { loadWorkshopDocs } from "@/lib/document-store/load-workshop-docs";
import { votePseudonym } from "@/lib/documents/vote-pseudonym";
import { readFollowUpProgress } from "@/lib/follow-up/progress";
import { requestOrigin } from "@/lib/http/request-origin";
import { colourForUser } from "@/lib/realtime/protocol";
import { ownerLinkToken } from "@/lib/sharing/owner-links";
import { getWorkshop } from "@/lib/workshops/get-workshop";
import { canFacilitate } from "@/lib/workshops/roles";

export const metadata: Metadata = { title: "Follow-up" };

type Params = Promise<{ workshopId: string }>;

/** The two-week follow-up: each roadmap item's progress, live for every member. */
export default async function FollowUpPage({ params }: { params: Params }) {
  const { workshopId } = await params;
  await requireUser(`/workshops/${workshopId}/follow-up`);
  const access = await checkAccess("member", workshopId);
  if (!access.ok) forbidden();
  const { user, membership } = access.value;
  const workshop = await getWorkshop({ workshopId });
  if (!workshop) forbidden();
  const facilitating = canFacilitate(membership.role);
  const ownerLinks: Record<string, string> = {};
  if (facilitating) {
    // Links already made, so the facilitator can copy them again.
    const origin = requestOrigin(await headers());
    const { board, control } = await loadWorkshopDocs({ workshopId });
    for (const [itemId, progress] of Object.entries(readFollowUpProgress(board).items)) {
      if (!progress.linkNonce) continue;
      const token = ownerLinkToken(
        { workshopId, itemId, nonce: progress.linkNonce },
        serverSecret(),
      );
      ownerLinks[itemId] = `${origin}/u/${token}`;
    }
    board.destroy();
    control.destroy();
  }
  const roster = workshop.roster.map(({ userId, name }) => ({ userId, name }));
  return (
    <WorkshopRoom
      workshopId={workshopId}
      self={{
        userId: user.id,
        name: user.name,
        role: membership.role,
        function: membership.function,
        colour: colourForUser(user.id),
      }}
      role={membership.role}
      voterAlias={votePseudonym({ workshopId, userId: user.id })}
    >
      <main className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">
        <header className="flex flex-col gap-1">
          <Link href={`/workshops/${workshopId}`} className="text-brand-700 text-sm underline">
            Back to the workshop
          </Link>
          <h1 className="text-2xl font-semibold">Follow-up: {workshop.title}</h1>
        </header>
        <FollowUpView
          userName={user.name}
          roster={roster}
          facilitating={facilitating}
          ownerLinks={ownerLinks}
          workshopDate={workshop.scheduledFor?.toISOString().slice(0, 10) ?? null}
        />
      </main>
    </WorkshopRoom>
  );
}
