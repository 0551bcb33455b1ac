export type ConnectionStatus =
  | "connecting"
  | "connected"
  | "reconnecting"
  | "offline-unsynced"
  /** The server refused for good (signed out, membership removed); reconnecting will not help. */
  | "closed";

export type ConnectionFacts = {
  /** Every doc's socket is open and has received the server's state. */
  allSynced: boolean;
  everSynced: boolean;
  /** Local edits were made while not synced and have not been sent yet. */
  hasUnsyncedChanges: boolean;
  closedForGood: boolean;
};

export function deriveConnectionStatus(facts: ConnectionFacts): ConnectionStatus {
  if (facts.closedForGood) return "closed";
  if (facts.allSynced) return "connected";
  if (facts.hasUnsyncedChanges) return "offline-unsynced";
  return facts.everSynced ? "reconnecting" : "connecting";
}

export const CONNECTION_STATUS_LABELS: Record<ConnectionStatus, string> = {
  connecting: "Connecting…",
  connected: "Connected",
  reconnecting: "Reconnecting…",
  "offline-unsynced": "Offline: changes saved on this device, not yet shared",
  closed: "Disconnected",
};
