import { db } from "@/lib/db";
import type { RealtimeLiveApi } from "@/lib/realtime/live-api";
import { bumpSessionVersion } from "./session-version";

/**
 * Ends every session of the user: tokens issued before now stop working on the next request or
 * websocket upgrade, and the sockets open now are closed in every workshop they belong to.
 */
export async function signOutEverywhere(options: {
  userId: string;
  live: RealtimeLiveApi | null;
}): Promise<void> {
  await bumpSessionVersion(options.userId);
  await closeSocketsEverywhere(options);
}

/** Closes the user's sockets in each of their workshops; they reconnect only with a valid session. */
export async function closeSocketsEverywhere(options: {
  userId: string;
  live: RealtimeLiveApi | null;
}): Promise<void> {
  const { live, userId } = options;
  if (!live) return;
  const memberships = await db.membership.findMany({
    where: { userId },
    select: { workshopId: true },
  });
  await Promise.all(
    memberships.map(({ workshopId }) => live.rolesChanged({ workshopId, userIds: [userId] })),
  );
}
