import { serverSecret } from "@/lib/config/server-secret";
import { db } from "@/lib/db";
import type { InviteRole } from "@/lib/workshops/schemas";
import { deriveInviteToken, inviteState } from "./invite-token";

export type InviteLink = {
  id: string;
  role: InviteRole;
  token: string;
  expiresAt: Date;
  createdAt: Date;
};

/** The usable link for each invite role, if one exists. Facilitator-only data. */
export async function listInviteLinks(options: {
  workshopId: string;
}): Promise<Partial<Record<InviteRole, InviteLink>>> {
  const invites = await db.invite.findMany({
    where: { workshopId: options.workshopId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, role: true, expiresAt: true, revokedAt: true, createdAt: true },
  });
  const links: Partial<Record<InviteRole, InviteLink>> = {};
  for (const invite of invites) {
    if (invite.role !== "participant" && invite.role !== "observer") continue;
    if (links[invite.role] || inviteState(invite) !== "active") continue;
    links[invite.role] = {
      id: invite.id,
      role: invite.role,
      token: deriveInviteToken(invite.id, serverSecret()),
      expiresAt: invite.expiresAt,
      createdAt: invite.createdAt,
    };
  }
  return links;
}
