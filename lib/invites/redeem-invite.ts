import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import type { TeamFunction } from "@/lib/workshops/roles";
import { parseRole } from "@/lib/workshops/roles";
import { findInvite } from "./find-invite";

export type RedeemInviteOptions = {
  token: string;
  function: TeamFunction;
  /** A signed-in user joins with their account; otherwise a guest user is created with this name. */
  member: { userId: string } | { guestName: string };
};

export type RedeemInviteResult = Result<
  { workshopId: string; userId: string; name: string },
  "unknown" | "revoked" | "expired"
>;

const NOT_ACTIVE = {
  unknown: "This invite link does not exist.",
  revoked: "This invite link was revoked by the facilitator.",
  expired: "This invite link has expired.",
} as const;

const ROLE_RANK = { observer: 0, participant: 1, facilitator: 2 } as const;

/**
 * Adds the person to the invite's workshop. A member who opens a link for a higher role is
 * promoted; nobody is ever demoted by opening a link.
 */
export async function redeemInvite(options: RedeemInviteOptions): Promise<RedeemInviteResult> {
  const invite = await findInvite({ token: options.token });
  if (invite.state !== "active") return fail(invite.state, NOT_ACTIVE[invite.state]);

  return db.$transaction(async (tx) => {
    const user =
      "userId" in options.member
        ? await tx.user.findUniqueOrThrow({
            where: { id: options.member.userId },
            select: { id: true, name: true },
          })
        : await tx.user.create({
            data: { name: options.member.guestName, isGuest: true },
            select: { id: true, name: true },
          });
    const existing = await tx.membership.findUnique({
      where: { workshopId_userId: { workshopId: invite.workshopId, userId: user.id } },
      select: { role: true },
    });
    if (!existing) {
      await tx.membership.create({
        data: {
          workshopId: invite.workshopId,
          userId: user.id,
          role: invite.role,
          function: options.function,
        },
      });
    } else if (ROLE_RANK[invite.role] > ROLE_RANK[parseRole(existing.role)]) {
      await tx.membership.update({
        where: { workshopId_userId: { workshopId: invite.workshopId, userId: user.id } },
        data: { role: invite.role },
      });
    }
    return ok({ workshopId: invite.workshopId, userId: user.id, name: user.name });
  });
}
