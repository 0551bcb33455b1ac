import { describe, expect, it } from "vitest";
import { newOwnerLinkNonce, ownerLinkToken, verifyOwnerLinkToken } from "./owner-links";

const SECRET = "test-secret-of-enough-length";
const claim = { workshopId: "cm0abc123", itemId: "scenario_1", nonce: newOwnerLinkNonce() };

describe("owner links", () => {
  it("verifies a token the server signed and returns its claim", () => {
    expect(verifyOwnerLinkToken(ownerLinkToken(claim, SECRET), SECRET)).toEqual(claim);
  });

  it("refuses a token signed with another secret or with any part changed", () => {
    const token = ownerLinkToken(claim, SECRET);
    expect(verifyOwnerLinkToken(token, "another-secret")).toBeNull();
    const [w, , n, mac] = token.split(".");
    expect(verifyOwnerLinkToken([w, "other_item", n, mac].join("."), SECRET)).toBeNull();
    expect(verifyOwnerLinkToken("not-a-token", SECRET)).toBeNull();
    expect(verifyOwnerLinkToken(`${token}.x`, SECRET)).toBeNull();
  });

  it("makes a different link for a new nonce", () => {
    const next = { ...claim, nonce: newOwnerLinkNonce() };
    expect(ownerLinkToken(next, SECRET)).not.toBe(ownerLinkToken(claim, SECRET));
  });
});
