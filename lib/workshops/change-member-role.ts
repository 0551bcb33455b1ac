import { db } from "@/lib/db";
import type { RealtimeLiveApi } from "@/lib/realtime/live-api";
import { fail, ok } from "@/lib/result";
import type { MemberChangeResult } from "./remove-member";

export type ChangeMemberRoleOptions = {
  workshopId: string;
  /** The facilitator making the change (checked by the caller). */
  byUserId: string;
  userId: string;
  /** Facilitation moves only by hand-over (lib/workshops/hand-over-facilitator.ts). */
  role: "participant" | "observer";
  live: RealtimeLiveApi | null;
};

/**
 * Makes a participant an observer or the other way round. Their open sockets are closed so the
 * upgrade authorizes the new role (an observer's writes are refused from that moment), and every
 * client reloads roles.
 */
export async function changeMemberRole(
  options: ChangeMemberRoleOptions,
): Promise<MemberChangeResult> {
  const { workshopId, userId, role, live } = options;
  if (userId === options.byUserId) {
    return fail("own-membership", "Hand over facilitation to change your own role.");
  }
  const changed = await db.$transaction(async (tx) => {
    const member = await tx.membership.findUnique({
      where: { workshopId_userId: { workshopId, userId } },
      select: { role: true, user: { select: { name: true } } },
    });
    if (!member || member.role === "facilitator") return null;
    if (member.role !== role) {
      await tx.membership.update({
        where: { workshopId_userId: { workshopId, userId } },
        data: { role },
      });
    }
    return member.user;
  });
  if (!changed) return fail("not-a-member", "That person is not a participant or observer here.");
  await live?.rolesChanged({ workshopId, userIds: [userId] });
  return ok({ name: changed.name });
}
