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
  refusalMessage,
  type CloseCodeValue,
  type PresenceUser,
  type RefusalReason,
} from "@/lib/realtime/protocol";
import type { UpgradeAccess } from "./auth";
import { sanitizeAwarenessUpdate } from "./awareness";
import { canWriteFrames, sendBinary } from "./frames";
import { createRateLimiter, isSlowClient, type RateLimiter } from "./limits";
import { countBy, type Metrics } from "./metrics";
import type { RealtimeOptions } from "./options";
import type { Persistence } from "./persistence";
import type { RelayPeer } from "./relay";
import type { DocRoom, RoomRegistry, WorkshopRoom } from "./rooms";
import { judgeWrite, type Writer } from "./write-policy";
import { applyWhole, isWholeUpdate } from "./write-policy/applies";
import { wouldChange } from "./write-policy/changes";
import { createLocator } from "./write-policy/locate";

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
  /** Called once the socket has closed (e.g. to release its socket-cap reservation). */
  onClosed?: () => void;
}): void {
  const { ws, access, room, docRoom, context, onClosed } = options;
  const { config, persistence, registry, metrics } = context;
  const id = nextConnectionId++;
  const limiter = createRateLimiter({
    perSecond: config.messagesPerSecond,
    burst: config.messageBurst,
  });
  const awarenessBytes = createRateLimiter({
    perSecond: config.awarenessBytesPerSecond,
    burst: config.awarenessBurstBytes,
  });
  const updateBytes = createRateLimiter({
    perSecond: config.updateBytesPerSecond,
    burst: config.updateBurstBytes,
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
  // Made on the first refusal: a genuine client is rarely refused.
  let refusalNotices: RateLimiter | null = null;
  const writer: Writer = {
    userId: access.user.id,
    role: access.membership.role,
    pseudonym: config.pseudonym(access.address.workshopId, access.user.id),
  };

  const direct = canWriteFrames(ws);
  const peer: RelayPeer = {
    id,
    send(message) {
      if (closing || ws.readyState !== ws.OPEN) return;
      if (isSlowClient(ws.bufferedAmount, config.maxBufferedBytes)) {
        close(CloseCode.slowClient);
        return;
      }
      sendBinary(ws, message, direct);
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

  /** Tells the writer for every refused update (it discards its copy and resyncs each time). */
  function refuse(reason: RefusalReason): void {
    metrics.writesDropped += 1;
    countBy(metrics.refusedByReason, reason);
    // A burst of refusals needs one resync; more notices would only make the client resync again.
    refusalNotices ??= createRateLimiter({
      perSecond: config.refusalsPerSecond,
      burst: config.refusalsPerSecond,
    });
    if (!refusalNotices.take()) return;
    peer.send(
      encodeMessage((encoder) => {
        encoding.writeVarUint(encoder, MessageType.auth);
        authProtocol.writePermissionDenied(encoder, refusalMessage(reason));
      }),
    );
  }

  function receiveUpdate(received: Uint8Array): void {
    let decoded: ReturnType<typeof Y.decodeUpdate>;
    try {
      decoded = Y.decodeUpdate(received);
    } catch {
      throw new MalformedMessage("undecodable update");
    }
    if (docRoom.waiting.length > 0) {
      // Behind reads that wait for the doc to settle: applied right after them.
      const copy = new Uint8Array(received);
      docRoom.held.push(() => {
        if (!closing) acceptUpdate(copy, Y.decodeUpdate(copy));
      });
      return;
    }
    acceptUpdate(received, decoded);
  }

  function acceptUpdate(received: Uint8Array, decoded: ReturnType<typeof Y.decodeUpdate>): void {
    const { doc } = docRoom;
    // Sync replies and offline replays of state the server holds change nothing: no row, no notice.
    if (!wouldChange(decoded, doc)) return;
    const refusal = judgeWrite(config.writePolicy, {
      writer,
      docName: access.address.docName,
      update: decoded,
      byteLength: received.byteLength,
      doc,
      docBytes: docRoom.storedBytes,
      control: room.docs.control.doc,
      locate: createLocator(decoded, doc),
      pastAuthors: docRoom.pastAuthors,
    });
    if (refusal) {
      refuse(refusal);
      return;
    }
    // After the policy, so a reader or a locked board hears why rather than "invalid" when its
    // edits build on one refused before.
    if (!isWholeUpdate(decoded, doc)) {
      refuse("invalid");
      return;
    }
    // Its own buffer: the socket's receive buffer is reused once this returns.
    const update = new Uint8Array(received);
    // Applied now so the next update is judged against it; relayed only after its commit.
    if (!applyWhole(doc, update, peer)) {
      // Part of it may be in the doc: nothing of it may be stored or relayed. (isWholeUpdate
      // rules out every case known to reach here.)
      poisonDoc(CloseCode.malformedMessage);
      return;
    }
    docRoom.storedBytes += update.byteLength;
    const receivedAt = performance.now();
    docRoom.pendingWrites += 1;
    persistence.append({
      address: docRoom.address,
      update,
      onCommitted(updateId) {
        docRoom.pendingWrites -= 1;
        registry.relayCommitted(docRoom, { update, peer, updateId, receivedAt });
      },
      onFailed() {
        docRoom.pendingWrites -= 1;
        // The doc holds the update, the store does not. Clients resend what they hold on reconnect.
        poisonDoc(CloseCode.persistenceFailed);
      },
    });
  }

  /**
   * The doc holds state the store may not: the workshop is dropped and every connection to it
   * closed, so it is reloaded from the store; this connection closes with `code`.
   */
  function poisonDoc(code: CloseCodeValue): void {
    close(code);
    if (docRoom.poisoned) return;
    // Closed first: nothing of the doc may reach them once it is poisoned.
    for (const other of [...context.connections]) {
      if (other.workshopId === room.workshopId) other.close(CloseCode.persistenceFailed);
    }
    registry.poison(room, docRoom);
  }

  function receiveSync(decoder: decoding.Decoder): void {
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      try {
        Y.decodeStateVector(stateVector);
      } catch {
        throw new MalformedMessage("bad state vector");
      }
      // The doc may hold accepted updates not committed yet: nobody else may read them before.
      registry.whenSettled(docRoom, () => {
        if (closing || docRoom.poisoned) return;
        peer.send(
          encodeMessage((encoder) => {
            encoding.writeVarUint(encoder, MessageType.sync);
            syncProtocol.writeSyncStep2(encoder, docRoom.doc, stateVector);
          }),
        );
      });
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
      maxStateBytes: config.maxAwarenessStateBytes,
    });
    metrics.awarenessEntriesDropped += result.dropped;
    metrics.awarenessOversizeDropped += result.oversize;
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
      const bytes = toBytes(data);
      const decoder = decoding.createDecoder(bytes);
      const type = decoding.readVarUint(decoder);
      const bucket = type === MessageType.awareness ? awarenessBytes : updateBytes;
      if (!bucket.take(bytes.byteLength)) {
        close(CloseCode.rateLimited);
        return;
      }
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
    onClosed?.();
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
