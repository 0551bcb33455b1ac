import { db } from "@/lib/db";
import type { InviteRole } from "@/lib/workshops/schemas";
import { hashInviteToken, inviteState, looksLikeInviteToken } from "./invite-token";

export type InviteLookup =
  | { state: "unknown" }
  | {
      state: "active" | "revoked" | "expired";
      inviteId: string;
      role: InviteRole;
      workshopId: string;
      workshopTitle: string;
    };

/** What an invite link leads to, including why it no longer works. */
export async function findInvite(options: { token: string }): Promise<InviteLookup> {
  if (!looksLikeInviteToken(options.token)) return { state: "unknown" };
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashInviteToken(options.token) },
    select: {
      id: true,
      role: true,
      expiresAt: true,
      revokedAt: true,
      workshop: { select: { id: true, title: true } },
    },
  });
  if (!invite || (invite.role !== "participant" && invite.role !== "observer")) {
    return { state: "unknown" };
  }
  return {
    state: inviteState(invite),
    inviteId: invite.id,
    role: invite.role,
    workshopId: invite.workshop.id,
    workshopTitle: invite.workshop.title,
  };
}
