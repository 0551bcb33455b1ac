/** Something in a room that can receive already-encoded messages (a websocket connection). */
export type RelayPeer = { readonly id: number; send(message: Uint8Array): void };

/** Transaction origin of what another instance relayed: applied and sent on, never published back. */
export const RELAY_ORIGIN = "relay";

/**
 * Transaction origin of what a catch-up read from the store: published like this instance's own
 * commits, since the other instances may lack it too (and it may be one of this instance's own
 * commits whose publish it now pre-empts).
 */
export const CATCH_UP_ORIGIN = "catch-up";

/** What a loaded doc offers the other instances through its RoomLink. */
export type RoomLinkHandlers = {
  /** A doc update another instance committed (or a diff it sent to close a gap). */
  applyUpdate(update: Uint8Array): void;
  /**
   * Several updates read at once (one stream read): applied in one transaction, then relayed to the
   * doc's local peers.
   */
  applyUpdates(updates: readonly Uint8Array[]): void;
  applyAwareness(update: Uint8Array): void;
  stateVector(): Uint8Array;
  /** What a doc with `stateVector` lacks of ours (an update; 2 bytes when nothing). */
  diff(stateVector: Uint8Array): Uint8Array;
  /** The awareness states of this instance's own connections, encoded (null when none). */
  localAwareness(): Uint8Array | null;
};

/** One doc's connection to the other instances (Redis): opened before the doc is read. */
export type RoomLink = {
  /**
   * Starts delivering what other instances relay (buffered since the link opened), then exchanges
   * state vectors with them so any gap heals.
   */
  attach(handlers: RoomLinkHandlers): void;
  /** An update this instance committed (after the commit). */
  publishUpdate(update: Uint8Array): void;
  publishAwareness(update: Uint8Array): void;
  close(): void;
};

/** Instance-wide messages (e.g. close these users' connections after a role change). */
export type ClusterMessage = { type: "roles-changed"; workshopId: string; userIds: string[] };

/**
 * A live-doc change a route handler asked for, run by the instance that holds the workshop's
 * connections (live-commands.ts): named operations, since a closure cannot travel.
 */
export type LiveCommand =
  | { op: "reveal-private-notes"; workshopId: string }
  | { op: "roles-changed"; workshopId: string; userIds: string[] };

/** The holder's answer: the operation's result, or why it failed. */
export type LiveCommandReply = { ok: true; result: unknown } | { ok: false; error: string };

/**
 * Fans messages out to the peers of a room. The in-process implementation is all a single server
 * needs; the Redis one (redis-relay.ts) also links each loaded doc to the other instances, without
 * touching the protocol, auth or persistence code.
 */
export type Relay = {
  join(room: string, peer: RelayPeer): void;
  leave(room: string, peer: RelayPeer): void;
  /** Sends one message, encoded once by the caller, to every local peer of the room except `except`. */
  broadcast(room: string, message: Uint8Array, except?: RelayPeer): void;
  peerCount(room: string): number;
  /** Links a doc to the other instances; absent when this is the only instance. */
  link?(room: string): Promise<RoomLink>;
  /** Sends what RoomLink.publishUpdate queued now rather than after the current task. */
  flushPublished?(): void;
  /** Sends a message to every other instance. */
  publishCluster?(message: ClusterMessage): void;
  /** Receives the other instances' cluster messages. */
  onCluster?(handler: (message: ClusterMessage) => void): void;
  /** This instance's name among the others (present with link). */
  readonly instanceId?: string;
  /** Records that this instance holds live connections of these workshops (for a while). */
  holdWorkshops?(workshopIds: readonly string[]): void;
  /** The instance that last said it holds the workshop's connections, if any still says so. */
  holderOf?(workshopId: string): Promise<string | null>;
  /** Runs a command on another instance; null when it did not answer within `timeoutMs`. */
  sendCommand?(
    instanceId: string,
    command: LiveCommand,
    timeoutMs: number,
  ): Promise<LiveCommandReply | null>;
  /** Runs the other instances' commands addressed to this one. */
  onCommand?(handler: (command: LiveCommand) => Promise<unknown>): void;
  close?(): Promise<void>;
};

export function createInProcessRelay(): Relay {
  const rooms = new Map<string, Set<RelayPeer>>();
  return {
    join(room, peer) {
      const peers = rooms.get(room) ?? new Set<RelayPeer>();
      peers.add(peer);
      rooms.set(room, peers);
    },
    leave(room, peer) {
      const peers = rooms.get(room);
      if (!peers) return;
      peers.delete(peer);
      if (peers.size === 0) rooms.delete(room);
    },
    broadcast(room, message, except) {
      // Copy first: a send may close a slow peer, which leaves the room while we iterate.
      for (const peer of [...(rooms.get(room) ?? [])]) {
        if (peer !== except) peer.send(message);
      }
    },
    peerCount(room) {
      return rooms.get(room)?.size ?? 0;
    },
  };
}
