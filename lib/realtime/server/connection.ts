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
import { dequeue, openStaged, rebuildStaged } from "./staged";
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
// Updates that passed the cheap checks yet failed to apply cost a rebuild of the staged doc each;
// a genuine client never sends one, so a few are tolerated, then the connection is closed.
const MAX_UNAPPLICABLE_UPDATES = 3;

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
  let unapplicable = 0;
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
    // Sync replies and offline replays of state the server holds change nothing: no row, no notice.
    // With no staged copy nothing is queued, so the committed doc is the same state: a reader's
    // sync reply does not build one.
    if (docRoom.staged === null && !wouldChange(decoded, docRoom.doc)) return;
    const staged = openStaged(docRoom);
    if (!wouldChange(decoded, staged.doc)) return;
    const refusal = judgeWrite(config.writePolicy, {
      writer,
      docName: access.address.docName,
      update: decoded,
      byteLength: received.byteLength,
      doc: staged.doc,
      docBytes: docRoom.storedBytes,
      control: room.docs.control.doc,
      locate: createLocator(decoded, staged.doc),
      pastAuthors: staged.pastAuthors,
    });
    if (refusal) {
      refuse(refusal);
      return;
    }
    // After the policy, so a reader or a locked board hears why rather than "invalid" when its
    // edits build on one refused before.
    if (!isWholeUpdate(decoded, staged.doc)) {
      refuse("invalid");
      return;
    }
    // Its own buffer: the socket's receive buffer is reused once this returns.
    const update = new Uint8Array(received);
    if (!applyWhole(staged.doc, update)) {
      rebuildStaged(staged, docRoom.doc);
      refuse("invalid");
      unapplicable += 1;
      if (unapplicable >= MAX_UNAPPLICABLE_UPDATES) close(CloseCode.malformedMessage);
      return;
    }
    staged.queued.push(update);
    docRoom.storedBytes += update.byteLength;
    const receivedAt = performance.now();
    docRoom.pendingWrites += 1;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      docRoom.pendingWrites -= 1;
      dequeue(staged, update);
    };
    persistence.append({
      address: docRoom.address,
      update,
      onCommitted(updateId) {
        settle();
        // Applied and relayed (by the doc's update handler) with the rest of its group commit,
        // only now that the row is durable.
        registry.applyCommitted(docRoom, { update, peer, updateId, receivedAt, onUnapplied });
      },
      onFailed() {
        settle();
        staged.stale = true;
        // The client still holds the change and resends it in the sync after reconnecting.
        close(CloseCode.persistenceFailed);
      },
    });
  }

  /**
   * A committed update of this connection did not apply to the committed doc. Proven on the staged
   * doc, so this should not happen; if it does, the row must not be loaded or folded into a
   * snapshot later, and only this writer is affected.
   */
  function onUnapplied(updateId: number): void {
    persistence.discard(updateId);
    metrics.updatesDiscarded += 1;
    if (docRoom.staged) docRoom.staged.stale = true;
    close(CloseCode.malformedMessage);
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
