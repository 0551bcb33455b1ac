import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountJoinForm, GuestJoinForm } from "@/components/workshops/join-forms";
import { PageMessage } from "@/components/ui/page-message";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findInvite } from "@/lib/invites/find-invite";
import { getMembership } from "@/lib/workshops/get-membership";

export const metadata: Metadata = { title: "Join a workshop", robots: { index: false } };

type Params = Promise<{ token: string }>;

const ROLE_PROMISE = {
  participant: "You will be able to write notes, drag them and edit the boards with the team.",
  observer: "You will follow the workshop and read its outcomes. Observers do not edit the boards.",
} as const;

export default async function JoinPage({ params }: { params: Params }) {
  const { token } = await params;
  const invite = await findInvite({ token });

  if (invite.state === "unknown") {
    return (
      <PageMessage code="Invite link not valid" title="This link does not lead to a workshop">
        Check that you copied the whole link, or ask the facilitator to send it again.
      </PageMessage>
    );
  }
  if (invite.state === "revoked") {
    return (
      <PageMessage code="Invite link revoked" title="This invite link was switched off">
        The facilitator of “{invite.workshopTitle}” revoked this link. Ask them for the current one.
      </PageMessage>
    );
  }
  if (invite.state === "expired") {
    return (
      <PageMessage code="Invite link expired" title="This invite link has expired">
        Links stop working after a while. Ask the facilitator of “{invite.workshopTitle}” for a new
        one.
      </PageMessage>
    );
  }

  const user = await getCurrentUser();
  if (user) {
    const membership = await getMembership({ workshopId: invite.workshopId, userId: user.id });
    // Already in with at least this role: nothing to accept.
    if (membership && (membership.role !== "observer" || invite.role === "observer")) {
      redirect(`/workshops/${invite.workshopId}`);
    }
  }

  return (
    <main className="mx-auto flex max-w-md flex-col gap-6 px-6 py-16">
      <div className="flex flex-col gap-2">
        <p className="text-brand-600 text-sm font-semibold">
          You are invited as {invite.role === "participant" ? "a participant" : "an observer"}
        </p>
        <h1 className="text-2xl font-semibold">{invite.workshopTitle}</h1>
        <p className="text-slate-700">{ROLE_PROMISE[invite.role]}</p>
      </div>
      {user ? (
        <AccountJoinForm token={token} name={user.name} />
      ) : (
        <>
          <GuestJoinForm token={token} workshopId={invite.workshopId} />
          <p className="text-sm text-slate-600">
            Have an account?{" "}
            <Link
              href={`/signin?callbackUrl=${encodeURIComponent(`/join/${token}`)}`}
              className="text-brand-600 font-medium"
            >
              Sign in to join with it
            </Link>
          </p>
        </>
      )}
    </main>
  );
}
