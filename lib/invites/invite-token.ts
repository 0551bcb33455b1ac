import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * The link token is derived from the invite id and the server secret, so the facilitator can copy
 * the link again later while the database stores only its hash.
 */
export function deriveInviteToken(inviteId: string, secret: string): string {
  return createHmac("sha256", secret).update(`invite:${inviteId}`).digest("base64url");
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function tokenMatchesHash(token: string, hash: string): boolean {
  const actual = Buffer.from(hashInviteToken(token), "hex");
  const expected = Buffer.from(hash, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export type InviteState = "active" | "revoked" | "expired";

export function inviteState(
  invite: { revokedAt: Date | null; expiresAt: Date },
  now: Date = new Date(),
): InviteState {
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

/** Shape check before any database work: base64url of a SHA-256 digest is 43 characters. */
export function looksLikeInviteToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
