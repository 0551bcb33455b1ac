/** Something in a room that can receive already-encoded messages (a websocket connection). */
export type RelayPeer = { readonly id: number; send(message: Uint8Array): void };

/**
 * Fans messages out to the peers of a room. The in-process implementation is all a single server
 * needs; a Redis-backed one can replace it to reach peers on other instances without touching the
 * protocol, auth or persistence code.
 */
export type Relay = {
  join(room: string, peer: RelayPeer): void;
  leave(room: string, peer: RelayPeer): void;
  /** Sends one message, encoded once by the caller, to every peer of the room except `except`. */
  broadcast(room: string, message: Uint8Array, except?: RelayPeer): void;
  peerCount(room: string): number;
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
