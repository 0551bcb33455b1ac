import { bumpSessionVersion } from "@/lib/auth/session-version";
import { db } from "@/lib/db";
import type { RealtimeLiveApi } from "@/lib/realtime/live-api";
import { fail, ok, type Result } from "@/lib/result";

export type RemoveMemberOptions = {
  workshopId: string;
  /** The facilitator removing them (checked by the caller); cannot remove themselves. */
  byUserId: string;
  userId: string;
  /** The running realtime server, so the person's open sockets close at once; null in tests. */
  live: RealtimeLiveApi | null;
};

/** The changed member's name, or why nothing changed. */
export type MemberChangeResult = Result<{ name: string }, "own-membership" | "not-a-member">;

/**
 * Takes someone out of a workshop: the membership is deleted (every page, action and websocket
 * upgrade checks it), their open sockets are closed, and a guest, whose account exists only for
 * this workshop, has every session revoked as well.
 */
export async function removeMember(options: RemoveMemberOptions): Promise<MemberChangeResult> {
  const { workshopId, userId, live } = options;
  if (userId === options.byUserId) {
    return fail("own-membership", "You cannot remove yourself. Hand over facilitation first.");
  }
  const removed = await db.$transaction(async (tx) => {
    const member = await tx.membership.findUnique({
      where: { workshopId_userId: { workshopId, userId } },
      select: { role: true, user: { select: { name: true, isGuest: true } } },
    });
    if (!member || member.role === "facilitator") return null;
    await tx.membership.delete({ where: { workshopId_userId: { workshopId, userId } } });
    return member.user;
  });
  if (!removed) return fail("not-a-member", "That person is not a participant or observer here.");
  if (removed.isGuest) await bumpSessionVersion(userId);
  await live?.rolesChanged({ workshopId, userIds: [userId] });
  return ok({ name: removed.name });
}
