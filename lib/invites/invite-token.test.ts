import { describe, expect, it } from "vitest";
import {
  deriveInviteToken,
  hashInviteToken,
  inviteState,
  looksLikeInviteToken,
  tokenMatchesHash,
} from "./invite-token";

describe("invite tokens", () => {
  it("derives a stable, secret-dependent token per invite", () => {
    const a = deriveInviteToken("inv_1", "secret-one");
    expect(deriveInviteToken("inv_1", "secret-one")).toBe(a);
    expect(deriveInviteToken("inv_2", "secret-one")).not.toBe(a);
    expect(deriveInviteToken("inv_1", "secret-two")).not.toBe(a);
    expect(looksLikeInviteToken(a)).toBe(true);
  });

  it("stores only a hash that matches the token and nothing else", () => {
    const token = deriveInviteToken("inv_1", "s");
    const hash = hashInviteToken(token);
    expect(hash).not.toContain(token);
    expect(tokenMatchesHash(token, hash)).toBe(true);
    expect(tokenMatchesHash(deriveInviteToken("inv_2", "s"), hash)).toBe(false);
  });

  it("rejects malformed tokens before any lookup", () => {
    expect(looksLikeInviteToken("")).toBe(false);
    expect(looksLikeInviteToken("../../etc/passwd")).toBe(false);
    expect(looksLikeInviteToken("a".repeat(44))).toBe(false);
  });

  it("reports revoked before expired, and expiry at the exact instant", () => {
    const now = new Date("2026-11-23T10:00:00Z");
    expect(inviteState({ revokedAt: null, expiresAt: new Date("2026-11-24T00:00:00Z") }, now)).toBe(
      "active",
    );
    expect(inviteState({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(
      inviteState({ revokedAt: new Date("2026-11-01T00:00:00Z"), expiresAt: new Date(0) }, now),
    ).toBe("revoked");
  });
});
