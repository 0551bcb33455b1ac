import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { createRateLimiter } from "@/lib/auth/rate-limit";

// Owner links (/u/<token>) let a roadmap item's owner record its progress before the follow-up
// without an account. No table holds them: the token names the workshop, the item and a nonce
// kept in the board doc (lib/follow-up/progress.ts), and is signed with the server secret, so
// only the server can make one. A new nonce turns the previous link off; a link whose signature
// holds but whose nonce is no longer the item's was turned off (told apart from an unknown one).

export type OwnerLinkClaim = { workshopId: string; itemId: string; nonce: string };

const PART = /^[A-Za-z0-9_-]{1,64}$/;

function signature(claim: OwnerLinkClaim, secret: string): string {
  return createHmac("sha256", secret)
    .update(`owner:${claim.workshopId}:${claim.itemId}:${claim.nonce}`)
    .digest("base64url");
}

export function newOwnerLinkNonce(): string {
  return randomBytes(12).toString("base64url");
}

export function ownerLinkToken(claim: OwnerLinkClaim, secret: string): string {
  return [claim.workshopId, claim.itemId, claim.nonce, signature(claim, secret)].join(".");
}

/** The claim a token makes when the server signed it; null for anything else. */
export function verifyOwnerLinkToken(token: string, secret: string): OwnerLinkClaim | null {
  const parts = token.split(".");
  if (parts.length !== 4 || !parts.every((part) => PART.test(part))) return null;
  const [workshopId = "", itemId = "", nonce = "", mac = ""] = parts;
  const claim = { workshopId, itemId, nonce };
  const expected = Buffer.from(signature(claim, secret));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? claim : null;
}

/** Owner-link submissions per client address (one process). */
export const ownerLinkLimiter = createRateLimiter({ limit: 60, windowMs: 10 * 60_000 });
