import { describe, expect, it } from "vitest";
import { deriveConnectionStatus } from "./connection-status";

const base = {
  allSynced: false,
  everSynced: false,
  hasUnsyncedChanges: false,
  closedForGood: false,
};

describe("deriveConnectionStatus", () => {
  it("distinguishes first connection, reconnection and unsynced offline edits", () => {
    expect(deriveConnectionStatus(base)).toBe("connecting");
    expect(deriveConnectionStatus({ ...base, allSynced: true, everSynced: true })).toBe(
      "connected",
    );
    expect(deriveConnectionStatus({ ...base, everSynced: true })).toBe("reconnecting");
    expect(deriveConnectionStatus({ ...base, everSynced: true, hasUnsyncedChanges: true })).toBe(
      "offline-unsynced",
    );
    expect(deriveConnectionStatus({ ...base, allSynced: true, closedForGood: true })).toBe(
      "closed",
    );
  });
});
