import { db } from "@/lib/db";
import type { InviteRole } from "@/lib/workshops/schemas";
import { newInviteRecord } from "./new-invite-record";

export type RevokeInvitesOptions = { workshopId: string; role: InviteRole };

/** Switches off every link for the role: anyone who opens one sees that it was revoked. */
export async function revokeInvites(options: RevokeInvitesOptions): Promise<void> {
  await db.invite.updateMany({
    where: { workshopId: options.workshopId, role: options.role, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

export type RegenerateInviteOptions = RevokeInvitesOptions & { userId: string };

/** Revokes the current link for the role and issues a new one, atomically. */
export async function regenerateInvite(options: RegenerateInviteOptions): Promise<void> {
  await db.$transaction([
    db.invite.updateMany({
      where: { workshopId: options.workshopId, role: options.role, revokedAt: null },
      data: { revokedAt: new Date() },
    }),
    db.invite.create({
      data: newInviteRecord({
        workshopId: options.workshopId,
        role: options.role,
        createdById: options.userId,
      }),
    }),
  ]);
}
