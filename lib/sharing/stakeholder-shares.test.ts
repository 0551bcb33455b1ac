import { describe, expect, it } from "vitest";
import { hashInviteToken, looksLikeInviteToken } from "@/lib/invites/invite-token";
import { deriveShareToken } from "./stakeholder-shares";

describe("stakeholder share tokens", () => {
  it("are stable per share and secret, URL-safe, and differ from invite tokens of the same id", () => {
    const token = deriveShareToken("share-1", "secret");
    expect(deriveShareToken("share-1", "secret")).toBe(token);
    expect(deriveShareToken("share-2", "secret")).not.toBe(token);
    expect(deriveShareToken("share-1", "other secret")).not.toBe(token);
    expect(looksLikeInviteToken(token)).toBe(true);
    // Only this hash is stored: the token cannot be read back from the database.
    expect(hashInviteToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInviteToken(token)).not.toContain(token);
  });
});
