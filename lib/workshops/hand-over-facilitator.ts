import { db } from "@/lib/db";
import type { RealtimeLiveApi } from "@/lib/realtime/live-api";
import { fail, ok, type Result } from "@/lib/result";

export type HandOverFacilitatorOptions = {
  workshopId: string;
  /** The facilitator handing over; becomes a participant. */
  fromUserId: string;
  toUserId: string;
  /** The running realtime server, so open connections pick up the new roles; null in tests. */
  live: RealtimeLiveApi | null;
};

export type HandOverResult = Result<null, "own-membership" | "not-a-member">;

/**
 * Makes another member facilitator and the current one a participant, in one transaction. Then
 * tells every open client (a version bump in the control doc, which makes them reload their role)
 * and closes both people's websockets, so the server authorizes their new roles on reconnect.
 */
export async function handOverFacilitator(
  options: HandOverFacilitatorOptions,
): Promise<HandOverResult> {
  const { workshopId, fromUserId, toUserId, live } = options;
  if (fromUserId === toUserId) return fail("own-membership", "You are already the facilitator.");
  const changed = await db.$transaction(async (tx) => {
    const members = await tx.membership.findMany({
      where: { workshopId, userId: { in: [fromUserId, toUserId] } },
      select: { userId: true, role: true },
    });
    const from = members.find((member) => member.userId === fromUserId);
    const to = members.find((member) => member.userId === toUserId);
    if (from?.role !== "facilitator" || !to) return false;
    await tx.membership.update({
      where: { workshopId_userId: { workshopId, userId: toUserId } },
      data: { role: "facilitator" },
    });
    await tx.membership.update({
      where: { workshopId_userId: { workshopId, userId: fromUserId } },
      data: { role: "participant" },
    });
    return true;
  });
  if (!changed) return fail("not-a-member", "That person is not a member of this workshop.");
  await live?.rolesChanged({ workshopId, userIds: [fromUserId, toUserId] });
  return ok(null);
}
