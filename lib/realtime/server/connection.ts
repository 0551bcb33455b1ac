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
  type RoomAddress,
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
import { createLocator, type DecodedUpdate } from "./write-policy/locate";

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
  /** Stops reading the socket (what the kernel buffers waits there) until resumeReading. */
  pauseReading(): void;
  resumeReading(): void;
  /** Whether a message was read since the last call (and forgets it). */
  takeWasRead(): boolean;
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

/** The connection a socket's event handlers belong to (shared handlers, no closures). */
const CONNECTION = Symbol("connection");
type AttachedSocket = WebSocket & { [CONNECTION]?: Connection };

function connectionOf(ws: WebSocket): Connection | undefined {
  return (ws as AttachedSocket)[CONNECTION];
}

function onSocketMessage(this: WebSocket, data: RawData, isBinary: boolean): void {
  connectionOf(this)?.receive(data, isBinary);
}

function onSocketError(this: WebSocket, error: Error & { code?: string }): void {
  connectionOf(this)?.socketError(error);
}

function onSocketClose(this: WebSocket): void {
  connectionOf(this)?.socketClosed();
}

/**
 * One authorized websocket in its room: sync, awareness, permissions, limits. One object per
 * connection, which is also its relay peer, its handle and its writer: no closures, no separate
 * rate-limiter objects (the three token buckets are fields).
 */
class Connection implements RelayPeer, ConnectionHandle, Writer {
  readonly id = nextConnectionId++;
  readonly workshopId: string;
  readonly userId: string;
  readonly role: Writer["role"];
  readonly pseudonym: string;
  private readonly presence: PresenceUser;
  private readonly direct: boolean;
  private clientId: number | null = null;
  private closing = false;
  private wasRead = false;
  // Made on the first refusal: a genuine client is rarely refused.
  private refusalNotices: RateLimiter | null = null;
  // Token buckets (see limits.ts): messages, awareness bytes, update bytes.
  private messageTokens: number;
  private awarenessTokens: number;
  private updateTokens: number;
  private tokensAt = performance.now();

  constructor(
    private readonly ws: WebSocket,
    access: UpgradeAccess,
    private readonly room: WorkshopRoom,
    private readonly docRoom: DocRoom,
    private readonly context: ConnectionContext,
    private readonly onClosed: (() => void) | undefined,
  ) {
    const { config } = context;
    this.workshopId = access.address.workshopId;
    this.userId = access.user.id;
    this.role = access.membership.role;
    this.pseudonym = config.pseudonym(access.address.workshopId, access.user.id);
    this.presence = {
      userId: access.user.id,
      name: access.user.name,
      role: access.membership.role,
      function: access.membership.function,
      colour: colourForUser(access.user.id),
    };
    this.direct = canWriteFrames(ws);
    this.messageTokens = config.messageBurst;
    this.awarenessTokens = config.awarenessBurstBytes;
    this.updateTokens = config.updateBurstBytes;
  }

  send(message: Uint8Array): void {
    const { ws } = this;
    if (this.closing || ws.readyState !== ws.OPEN) return;
    if (isSlowClient(ws.bufferedAmount, this.context.config.maxBufferedBytes)) {
      this.close(CloseCode.slowClient);
      return;
    }
    sendBinary(ws, message, this.direct);
  }

  close(code: CloseCodeValue): void {
    if (this.closing) return;
    this.closing = true;
    countBy(this.context.metrics.closedByCode, code);
    const { ws } = this;
    ws.close(code, CLOSE_REASONS[code]);
    setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref();
  }

  pauseReading(): void {
    if (!this.closing) this.ws.pause();
  }

  resumeReading(): void {
    // Also when closing: a paused socket would never read the peer's close frame.
    this.ws.resume();
  }

  takeWasRead(): boolean {
    const { wasRead } = this;
    this.wasRead = false;
    return wasRead;
  }

  open(): void {
    const { ws, context, docRoom } = this;
    (ws as AttachedSocket)[CONNECTION] = this;
    ws.binaryType = "nodebuffer";
    ws.on("message", onSocketMessage);
    ws.on("error", onSocketError);
    ws.on("close", onSocketClose);
    context.connections.add(this);
    context.registry.connectionOpened(this.room);
    context.config.relay.join(docRoom.name, this);
    context.metrics.connectionsOpened += 1;
    this.send(
      encodeMessage((encoder) => {
        encoding.writeVarUint(encoder, MessageType.sync);
        syncProtocol.writeSyncStep1(encoder, docRoom.doc);
      }),
    );
    this.sendAllAwareness();
  }

  socketError(error: Error & { code?: string }): void {
    // ws reports oversized and invalid frames as errors and closes the socket itself (1009 / 1002).
    if (!this.closing) countBy(this.context.metrics.closedByCode, error.code ?? "socket-error");
    this.closing = true;
  }

  socketClosed(): void {
    const { context, docRoom, clientId } = this;
    this.closing = true;
    context.connections.delete(this);
    context.config.relay.leave(docRoom.name, this);
    if (clientId !== null && docRoom.clientOwners.get(clientId) === this.id) {
      docRoom.clientOwners.delete(clientId);
      removeAwarenessStates(docRoom.awareness, [clientId], null);
    }
    context.registry.connectionClosed(this.room);
    this.onClosed?.();
  }

  /** Spends tokens of the three buckets after refilling them all (one clock read per message). */
  private refill(): void {
    const { config } = this.context;
    const now = performance.now();
    const seconds = (now - this.tokensAt) / 1000;
    this.tokensAt = now;
    this.messageTokens = Math.min(
      config.messageBurst,
      this.messageTokens + seconds * config.messagesPerSecond,
    );
    this.awarenessTokens = Math.min(
      config.awarenessBurstBytes,
      this.awarenessTokens + seconds * config.awarenessBytesPerSecond,
    );
    this.updateTokens = Math.min(
      config.updateBurstBytes,
      this.updateTokens + seconds * config.updateBytesPerSecond,
    );
  }

  receive(data: RawData, isBinary: boolean): void {
    if (this.closing) return;
    this.wasRead = true;
    this.refill();
    if (this.messageTokens < 1) {
      this.close(CloseCode.rateLimited);
      return;
    }
    this.messageTokens -= 1;
    try {
      if (!isBinary) throw new MalformedMessage("text frame");
      const bytes = toBytes(data);
      const decoder = decoding.createDecoder(bytes);
      const type = decoding.readVarUint(decoder);
      if (!this.takeBytes(type === MessageType.awareness, bytes.byteLength)) {
        this.close(CloseCode.rateLimited);
        return;
      }
      if (type === MessageType.sync) this.receiveSync(decoder);
      else if (type === MessageType.awareness) this.receiveAwareness(decoder);
      else if (type === MessageType.queryAwareness) this.sendAllAwareness();
      else throw new MalformedMessage("unknown message type");
    } catch {
      // lib0 decoders throw plain Errors on truncated input, so every failure counts as bad input.
      this.close(CloseCode.malformedMessage);
    }
  }

  private takeBytes(awareness: boolean, cost: number): boolean {
    if (awareness) {
      if (this.awarenessTokens < cost) return false;
      this.awarenessTokens -= cost;
      return true;
    }
    if (this.updateTokens < cost) return false;
    this.updateTokens -= cost;
    return true;
  }

  /** Tells the writer for every refused update (it discards its copy and resyncs each time). */
  private refuse(reason: RefusalReason): void {
    const { config, metrics } = this.context;
    metrics.writesDropped += 1;
    countBy(metrics.refusedByReason, reason);
    // A burst of refusals needs one resync; more notices would only make the client resync again.
    this.refusalNotices ??= createRateLimiter({
      perSecond: config.refusalsPerSecond,
      burst: config.refusalsPerSecond,
    });
    if (!this.refusalNotices.take()) return;
    this.send(
      encodeMessage((encoder) => {
        encoding.writeVarUint(encoder, MessageType.auth);
        authProtocol.writePermissionDenied(encoder, refusalMessage(reason));
      }),
    );
  }

  private receiveSync(decoder: decoding.Decoder): void {
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      try {
        Y.decodeStateVector(stateVector);
      } catch {
        throw new MalformedMessage("bad state vector");
      }
      // The doc may hold accepted updates not committed yet: nobody else may read them before.
      this.context.registry.whenSettled(this.docRoom, () => this.sendSyncStep2(stateVector));
      return;
    }
    if (kind === syncProtocol.messageYjsSyncStep2 || kind === syncProtocol.messageYjsUpdate) {
      this.receiveUpdate(decoding.readVarUint8Array(decoder));
      return;
    }
    throw new MalformedMessage("unknown sync message");
  }

  private sendSyncStep2(stateVector: Uint8Array): void {
    if (this.closing || this.docRoom.poisoned) return;
    const { doc } = this.docRoom;
    this.send(
      encodeMessage((encoder) => {
        encoding.writeVarUint(encoder, MessageType.sync);
        syncProtocol.writeSyncStep2(encoder, doc, stateVector);
      }),
    );
  }

  private receiveUpdate(received: Uint8Array): void {
    let decoded: DecodedUpdate;
    try {
      decoded = Y.decodeUpdate(received);
    } catch {
      throw new MalformedMessage("undecodable update");
    }
    if (this.docRoom.waiting.length > 0) {
      // Behind reads that wait for the doc to settle: applied right after them.
      const copy = new Uint8Array(received);
      this.docRoom.held.push(() => {
        if (!this.closing) this.acceptUpdate(copy, Y.decodeUpdate(copy));
      });
      return;
    }
    this.acceptUpdate(received, decoded);
  }

  private acceptUpdate(received: Uint8Array, decoded: DecodedUpdate): void {
    const { docRoom, room } = this;
    const { config, persistence } = this.context;
    const { doc } = docRoom;
    // Sync replies and offline replays of state the server holds change nothing: no row, no notice.
    if (!wouldChange(decoded, doc)) return;
    const refusal = judgeWrite(config.writePolicy, {
      writer: this,
      docName: docRoom.address.docName,
      update: decoded,
      byteLength: received.byteLength,
      doc,
      docBytes: docRoom.storedBytes,
      control: room.docs.control.doc,
      locate: createLocator(decoded, doc),
      pastAuthors: docRoom.pastAuthors,
    });
    if (refusal) {
      this.refuse(refusal);
      return;
    }
    // After the policy, so a reader or a locked board hears why rather than "invalid" when its
    // edits build on one refused before.
    if (!isWholeUpdate(decoded, doc)) {
      this.refuse("invalid");
      return;
    }
    // Its own buffer: the socket's receive buffer is reused once this returns.
    const update = new Uint8Array(received);
    // Applied now so the next update is judged against it; relayed only after its commit.
    if (!applyWhole(doc, update, this)) {
      // Part of it may be in the doc: nothing of it may be stored or relayed. (isWholeUpdate
      // rules out every case known to reach here.)
      this.poisonDoc(CloseCode.malformedMessage);
      return;
    }
    docRoom.storedBytes += update.byteLength;
    docRoom.pendingWrites += 1;
    persistence.append(new PendingWrite(this, docRoom.address, update));
  }

  /** The row of `write` is committed: relayed with the rest of its group commit. */
  committed(write: PendingWrite, updateId: number): void {
    this.docRoom.pendingWrites -= 1;
    this.context.registry.relayCommitted(this.docRoom, {
      update: write.update,
      peer: this,
      updateId,
      receivedAt: write.receivedAt,
    });
  }

  /** The group commit of `write` failed: the doc holds the update, the store does not. */
  failed(): void {
    this.docRoom.pendingWrites -= 1;
    // Clients resend what they hold on reconnect.
    this.poisonDoc(CloseCode.persistenceFailed);
  }

  /**
   * The doc holds state the store may not: the workshop is dropped and every connection to it
   * closed, so it is reloaded from the store; this connection closes with `code`.
   */
  private poisonDoc(code: CloseCodeValue): void {
    this.close(code);
    if (this.docRoom.poisoned) return;
    // Closed first: nothing of the doc may reach them once it is poisoned.
    for (const other of [...this.context.connections]) {
      if (other.workshopId === this.workshopId) other.close(CloseCode.persistenceFailed);
    }
    this.context.registry.poison(this.room, this.docRoom);
  }

  private receiveAwareness(decoder: decoding.Decoder): void {
    const { docRoom, id } = this;
    const { config, metrics } = this.context;
    const result = sanitizeAwarenessUpdate({
      update: decoding.readVarUint8Array(decoder),
      ownClientId: this.clientId,
      isTaken: (candidate) => {
        const owner = docRoom.clientOwners.get(candidate);
        return owner !== undefined && owner !== id;
      },
      user: this.presence,
      maxStateBytes: config.maxAwarenessStateBytes,
    });
    metrics.awarenessEntriesDropped += result.dropped;
    metrics.awarenessOversizeDropped += result.oversize;
    if (result.clientId !== null && this.clientId === null) {
      this.clientId = result.clientId;
      docRoom.clientOwners.set(result.clientId, id);
    }
    if (result.update) applyAwarenessUpdate(docRoom.awareness, result.update, this);
  }

  private sendAllAwareness(): void {
    const { awareness } = this.docRoom;
    const clients = [...awareness.getStates().keys()];
    if (clients.length === 0) return;
    this.send(
      encodeMessage((encoder) => {
        encoding.writeVarUint(encoder, MessageType.awareness);
        encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, clients));
      }),
    );
  }
}

/**
 * An accepted update queued for its group commit: the persistence entry itself, whose callbacks
 * are methods (persistence keeps the entry and calls them on it) rather than two closures.
 */
class PendingWrite {
  readonly receivedAt = performance.now();

  constructor(
    private readonly connection: Connection,
    readonly address: RoomAddress,
    readonly update: Uint8Array,
  ) {}

  onCommitted(updateId: number): void {
    this.connection.committed(this, updateId);
  }

  onFailed(): void {
    this.connection.failed();
  }
}

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
  new Connection(ws, access, room, docRoom, context, onClosed).open();
}
