import { createHmac, randomUUID } from "node:crypto";
import { serverSecret } from "@/lib/config/server-secret";
import { db } from "@/lib/db";
import { hashInviteToken, looksLikeInviteToken } from "@/lib/invites/invite-token";

// Stakeholder links (/s/<token>) work like invite links: the token is derived from the row id and
// the server secret, so the facilitator can copy it again, while the database keeps only a hash.

export function deriveShareToken(shareId: string, secret: string): string {
  return createHmac("sha256", secret).update(`share:${shareId}`).digest("base64url");
}

export type StakeholderLink = { id: string; token: string; createdAt: Date };

/** The workshop's active stakeholder link, or null. */
export async function getStakeholderLink(options: {
  workshopId: string;
}): Promise<StakeholderLink | null> {
  const share = await db.stakeholderShare.findFirst({
    where: { workshopId: options.workshopId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true },
  });
  if (!share) return null;
  return { ...share, token: deriveShareToken(share.id, serverSecret()) };
}

/** A new stakeholder link; any earlier one stops working (one live link per workshop). */
export async function createStakeholderLink(options: {
  workshopId: string;
  userId: string;
}): Promise<StakeholderLink> {
  const id = randomUUID();
  const token = deriveShareToken(id, serverSecret());
  const share = await db.$transaction(async (tx) => {
    await tx.stakeholderShare.updateMany({
      where: { workshopId: options.workshopId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return tx.stakeholderShare.create({
      data: {
        id,
        workshopId: options.workshopId,
        createdById: options.userId,
        tokenHash: hashInviteToken(token),
      },
      select: { id: true, createdAt: true },
    });
  });
  return { ...share, token };
}

/** Revokes every stakeholder link of the workshop. */
export async function revokeStakeholderLinks(options: { workshopId: string }): Promise<void> {
  await db.stakeholderShare.updateMany({
    where: { workshopId: options.workshopId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

export type ShareLookup =
  { state: "active"; workshopId: string } | { state: "revoked" } | { state: "unknown" };

/** Which workshop a stakeholder token opens; revoked and unknown tokens are told apart. */
export async function findStakeholderShare(options: { token: string }): Promise<ShareLookup> {
  if (!looksLikeInviteToken(options.token)) return { state: "unknown" };
  const share = await db.stakeholderShare.findUnique({
    where: { tokenHash: hashInviteToken(options.token) },
    select: { workshopId: true, revokedAt: true },
  });
  if (!share) return { state: "unknown" };
  if (share.revokedAt) return { state: "revoked" };
  return { state: "active", workshopId: share.workshopId };
}
