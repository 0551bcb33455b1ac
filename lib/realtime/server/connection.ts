import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as authProtocol from "y-protocols/auth";
import {
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import type { RawData, WebSocket } from "ws";
import {
  CLOSE_REASONS,
  CloseCode,
  colourForUser,
  MessageType,
  type CloseCodeValue,
  type PresenceUser,
} from "@/lib/realtime/protocol";
import type { UpgradeAccess } from "./auth";
import { sanitizeAwarenessUpdate } from "./awareness";
import { createRateLimiter, isSlowClient } from "./limits";
import { countBy, type Metrics } from "./metrics";
import type { RealtimeOptions } from "./options";
import { canWriteDoc, isBoardLocked } from "./permissions";
import type { Persistence } from "./persistence";
import type { RelayPeer } from "./relay";
import type { DocRoom, RoomRegistry, WorkshopRoom } from "./rooms";
import { checkVoteOwnership, type Placements } from "./vote-ownership";

export type ConnectionContext = {
  config: RealtimeOptions;
  persistence: Persistence;
  registry: RoomRegistry;
  metrics: Metrics;
  connections: Set<ConnectionHandle>;
};

/** What the server keeps about an open connection, e.g. to close a workshop's after a role change. */
export type ConnectionHandle = {
  workshopId: string;
  userId: string;
  close(code: CloseCodeValue): void;
};

// Time a closing socket gets to finish the close handshake before it is cut.
const CLOSE_GRACE_MS = 1_000;

let nextConnectionId = 1;

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function encodeMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

class MalformedMessage extends Error {}

/** Wires an authorized websocket into its room: sync, awareness, permissions, limits. */
export function attachConnection(options: {
  ws: WebSocket;
  access: UpgradeAccess;
  room: WorkshopRoom;
  /** The doc of `room` this connection syncs (board, control or the user's private doc). */
  docRoom: DocRoom;
  context: ConnectionContext;
}): void {
  const { ws, access, room, docRoom, context } = options;
  const { config, persistence, registry, metrics } = context;
  const id = nextConnectionId++;
  const limiter = createRateLimiter({
    perSecond: config.messagesPerSecond,
    burst: config.messageBurst,
  });
  const user: PresenceUser = {
    userId: access.user.id,
    name: access.user.name,
    role: access.membership.role,
    function: access.membership.function,
    colour: colourForUser(access.user.id),
  };
  let clientId: number | null = null;
  let closing = false;
  let toldReadOnly = false;

  const peer: RelayPeer = {
    id,
    send(message) {
      if (closing || ws.readyState !== ws.OPEN) return;
      if (isSlowClient(ws.bufferedAmount, config.maxBufferedBytes)) {
        close(CloseCode.slowClient);
        return;
      }
      ws.send(message);
    },
  };

  function close(code: CloseCodeValue): void {
    if (closing) return;
    closing = true;
    countBy(metrics.closedByCode, code);
    ws.close(code, CLOSE_REASONS[code]);
    setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref();
  }
  const handle: ConnectionHandle = {
    workshopId: access.address.workshopId,
    userId: access.user.id,
    close,
  };

  function mayWrite(): boolean {
    return canWriteDoc({
      role: access.membership.role,
      docName: access.address.docName,
      userId: access.user.id,
      boardLocked: isBoardLocked(room.docs.control.doc),
    });
  }

  function refuseWrite(): void {
    metrics.writesDropped += 1;
    if (toldReadOnly) return;
    toldReadOnly = true;
    peer.send(
      encodeMessage((encoder) => {
        encoding.writeVarUint(encoder, MessageType.auth);
        authProtocol.writePermissionDenied(encoder, "read-only: this change was not saved");
      }),
    );
  }

  /** A board update may touch only the writer's own dots; null when it touches someone else's. */
  function placementsIfOwnVotes(decoded: ReturnType<typeof Y.decodeUpdate>): Placements | null {
    if (access.address.docName !== "board") return new Map();
    const check = checkVoteOwnership({
      update: decoded,
      doc: docRoom.doc,
      userId: access.user.id,
      pending: docRoom.pendingPlacements,
    });
    return check.ok ? check.placements : null;
  }

  function receiveUpdate(update: Uint8Array): void {
    let decoded: ReturnType<typeof Y.decodeUpdate>;
    try {
      decoded = Y.decodeUpdate(update);
    } catch {
      throw new MalformedMessage("undecodable update");
    }
    // An empty update (e.g. sync step 2 from a client with nothing new) needs no row.
    if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return;
    const placements = mayWrite() ? placementsIfOwnVotes(decoded) : null;
    if (!placements) {
      refuseWrite();
      return;
    }
    const receivedAt = performance.now();
    docRoom.pendingWrites += 1;
    docRoom.pendingPlacements.push(placements);
    const settle = () => {
      docRoom.pendingWrites -= 1;
      docRoom.pendingPlacements.splice(docRoom.pendingPlacements.indexOf(placements), 1);
    };
    persistence.append({
      address: docRoom.address,
      update,
      onCommitted(updateId) {
        registry.updateCommitted(docRoom, updateId);
        // Relayed (by the doc's update handler) only now that the row is durable.
        Y.applyUpdate(docRoom.doc, update, peer);
        settle();
        metrics.relayLatency.record(performance.now() - receivedAt);
      },
      onFailed() {
        settle();
        // The client still holds the change and resends it in the sync after reconnecting.
        close(CloseCode.persistenceFailed);
      },
    });
  }

  function receiveSync(decoder: decoding.Decoder): void {
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      let reply: Uint8Array;
      try {
        reply = encodeMessage((encoder) => {
          encoding.writeVarUint(encoder, MessageType.sync);
          syncProtocol.writeSyncStep2(encoder, docRoom.doc, stateVector);
        });
      } catch {
        throw new MalformedMessage("bad state vector");
      }
      peer.send(reply);
      return;
    }
    if (kind === syncProtocol.messageYjsSyncStep2 || kind === syncProtocol.messageYjsUpdate) {
      receiveUpdate(decoding.readVarUint8Array(decoder));
      return;
    }
    throw new MalformedMessage("unknown sync message");
  }

  function receiveAwareness(decoder: decoding.Decoder): void {
    const result = sanitizeAwarenessUpdate({
      update: decoding.readVarUint8Array(decoder),
      ownClientId: clientId,
      isTaken: (candidate) => {
        const owner = docRoom.clientOwners.get(candidate);
        return owner !== undefined && owner !== id;
      },
      user,
    });
    metrics.awarenessEntriesDropped += result.dropped;
    if (result.clientId !== null && clientId === null) {
      clientId = result.clientId;
      docRoom.clientOwners.set(clientId, id);
    }
    if (result.update) applyAwarenessUpdate(docRoom.awareness, result.update, peer);
  }

  function receive(data: RawData, isBinary: boolean): void {
    if (closing) return;
    if (!limiter.take()) {
      close(CloseCode.rateLimited);
      return;
    }
    try {
      if (!isBinary) throw new MalformedMessage("text frame");
      const decoder = decoding.createDecoder(toBytes(data));
      const type = decoding.readVarUint(decoder);
      if (type === MessageType.sync) receiveSync(decoder);
      else if (type === MessageType.awareness) receiveAwareness(decoder);
      else if (type === MessageType.queryAwareness) sendAllAwareness();
      else throw new MalformedMessage("unknown message type");
    } catch {
      // lib0 decoders throw plain Errors on truncated input, so every failure counts as bad input.
      close(CloseCode.malformedMessage);
    }
  }

  function sendAllAwareness(): void {
    const clients = [...docRoom.awareness.getStates().keys()];
    if (clients.length === 0) return;
    peer.send(
      encodeMessage((encoder) => {
        encoding.writeVarUint(encoder, MessageType.awareness);
        encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(docRoom.awareness, clients));
      }),
    );
  }

  ws.binaryType = "nodebuffer";
  ws.on("message", receive);
  ws.on("error", (error: Error & { code?: string }) => {
    // ws reports oversized and invalid frames as errors and closes the socket itself (1009 / 1002).
    if (!closing) countBy(metrics.closedByCode, error.code ?? "socket-error");
    closing = true;
  });
  ws.on("close", () => {
    closing = true;
    context.connections.delete(handle);
    config.relay.leave(docRoom.name, peer);
    if (clientId !== null && docRoom.clientOwners.get(clientId) === id) {
      docRoom.clientOwners.delete(clientId);
      removeAwarenessStates(docRoom.awareness, [clientId], null);
    }
    registry.connectionClosed(room);
  });

  context.connections.add(handle);
  registry.connectionOpened(room);
  config.relay.join(docRoom.name, peer);
  metrics.connectionsOpened += 1;
  peer.send(
    encodeMessage((encoder) => {
      encoding.writeVarUint(encoder, MessageType.sync);
      syncProtocol.writeSyncStep1(encoder, docRoom.doc);
    }),
  );
  sendAllAwareness();
}
