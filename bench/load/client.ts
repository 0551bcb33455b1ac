// A lean Yjs client for load generation: a real Y.Doc synced over the y-websocket protocol (or
// Hocuspocus's variant, which prefixes every frame with the document name and starts with an auth
// frame), without the provider's awareness timers, so one process can drive many of them.
//
// Relayed updates are not applied one by one: on arrival the client reads only their metadata
// (which client, up to which clock: ~2 µs) and queues the bytes; `settle()` applies the queue in
// one transaction (~1.6 µs an update instead of ~8). That keeps the generator's cost per delivery
// well under the server's, so on a small machine the numbers measure the server.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import type { Target } from "./messages";

const REMOTE = Symbol("remote");
const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;
const HOCUSPOCUS_AUTH_TOKEN = 0;

/** A remote client's updates reached this client up to (excluding) `clock`. */
export type ArrivalListener = (clientId: number, clock: number, at: number) => void;

export type BenchClient = {
  /** The client's document; call `settle()` first to see every update that has arrived. */
  doc: Y.Doc;
  settle(): void;
  /** Relayed updates whose content this client already had: a server sending one twice. */
  readonly duplicateFrames: number;
  /** The client's own updates sent back to it (the reference server does this). */
  readonly echoFrames: number;
  readonly open: boolean;
  /** Opens the socket and resolves once the server's state has arrived (sync step 2). */
  connect(): Promise<void>;
  close(): void;
  onDown(listener: () => void): void;
  onArrival(listener: ArrivalListener): void;
};

/** The room name as each server spells it in the URL (or, for Hocuspocus, in every frame). */
export function docNameFor(kind: Target["kind"], roomId: string): string {
  return kind === "ours" ? `workshop/${roomId}/board` : roomId;
}

function urlFor(target: Target, docName: string, instance: number): string {
  const ports = target.ports ?? [target.port];
  const base = `ws://127.0.0.1:${ports[instance % ports.length] ?? target.port}`;
  if (target.kind === "ours") return `${base}/collab/${docName}`;
  if (target.kind === "reference") return `${base}/${docName}`;
  return base;
}

export function createBenchClient(options: {
  target: Target;
  roomId: string;
  cookie?: string;
  /** Which of the target's instances to connect to (0: the first). */
  instance?: number;
}): BenchClient {
  const { target } = options;
  const docName = docNameFor(target.kind, options.roomId);
  const prefixed = target.kind === "hocuspocus";
  const doc = new Y.Doc();
  let ws: WebSocket | null = null;
  let duplicateFrames = 0;
  let echoFrames = 0;
  let open = false;
  const downListeners: (() => void)[] = [];
  const arrivalListeners: ArrivalListener[] = [];
  let pending: Uint8Array[] = [];
  // Highest clock seen per remote client (what has arrived, applied or still queued).
  const arrived = new Map<number, number>();

  function settle(): void {
    if (pending.length === 0) return;
    const queue = pending;
    pending = [];
    Y.transact(
      doc,
      () => {
        for (const update of queue) Y.applyUpdate(doc, update, REMOTE);
      },
      REMOTE,
    );
  }

  function startFrame(type: number): encoding.Encoder {
    const encoder = encoding.createEncoder();
    if (prefixed) encoding.writeVarString(encoder, docName);
    encoding.writeVarUint(encoder, type);
    return encoder;
  }

  function send(encoder: encoding.Encoder): void {
    if (ws?.readyState === WebSocket.OPEN) ws.send(encoding.toUint8Array(encoder));
  }

  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin === REMOTE) return;
    const encoder = startFrame(MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    send(encoder);
  });

  function receive(data: Buffer, onSynced: () => void): void {
    const decoder = decoding.createDecoder(
      new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    );
    if (prefixed) decoding.readVarString(decoder);
    // Awareness, auth and Hocuspocus's sync-status frames carry nothing the generator needs.
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      settle();
      const reply = startFrame(MESSAGE_SYNC);
      syncProtocol.readSyncStep1(decoder, reply, doc);
      send(reply);
      return;
    }
    const update = decoding.readVarUint8Array(decoder);
    const fresh = noteArrival(update);
    if (kind === syncProtocol.messageYjsUpdate) {
      if (fresh) pending.push(update);
      return;
    }
    settle();
    Y.applyUpdate(doc, update, REMOTE);
    if (kind === syncProtocol.messageYjsSyncStep2) onSynced();
  }

  /** Tells listeners what the update brings; false when it brings nothing new (echo/duplicate). */
  function noteArrival(update: Uint8Array): boolean {
    const { to } = Y.parseUpdateMeta(update);
    const at = performance.now();
    let fresh = false;
    let own = false;
    for (const [client, clock] of to) {
      if (client === doc.clientID) {
        own = true;
        continue;
      }
      if (clock <= (arrived.get(client) ?? 0)) continue;
      fresh = true;
      arrived.set(client, clock);
      for (const listener of arrivalListeners) listener(client, clock, at);
    }
    if (own && !fresh) echoFrames += 1;
    else if (!fresh && to.size > 0) duplicateFrames += 1;
    return fresh;
  }

  return {
    doc,
    settle,
    get duplicateFrames() {
      return duplicateFrames;
    },
    get echoFrames() {
      return echoFrames;
    },
    get open() {
      return open;
    },
    connect() {
      return new Promise((resolve, reject) => {
        const headers: Record<string, string> = options.cookie ? { cookie: options.cookie } : {};
        const socket = new WebSocket(urlFor(target, docName, options.instance ?? 0), {
          headers,
          perMessageDeflate: false,
        });
        ws = socket;
        let synced = false;
        const timer = setTimeout(() => {
          reject(new Error(`sync timed out for ${docName}`));
          socket.terminate();
        }, 30_000);
        socket.binaryType = "nodebuffer";
        socket.on("open", () => {
          open = true;
          if (prefixed) {
            const auth = startFrame(MESSAGE_AUTH);
            encoding.writeVarUint(auth, HOCUSPOCUS_AUTH_TOKEN);
            encoding.writeVarString(auth, "bench");
            send(auth);
          }
          const step1 = startFrame(MESSAGE_SYNC);
          syncProtocol.writeSyncStep1(step1, doc);
          send(step1);
        });
        socket.on("message", (data: Buffer) =>
          receive(data, () => {
            if (synced) return;
            synced = true;
            clearTimeout(timer);
            resolve();
          }),
        );
        socket.on("error", (error) => {
          clearTimeout(timer);
          if (!synced) reject(error);
        });
        socket.on("close", () => {
          open = false;
          clearTimeout(timer);
          if (!synced) reject(new Error(`closed before sync: ${docName}`));
          for (const listener of downListeners) listener();
        });
      });
    },
    close() {
      ws?.terminate();
    },
    onDown(listener) {
      downListeners.push(listener);
    },
    onArrival(listener) {
      arrivalListeners.push(listener);
    },
  };
}
