// The relay between app instances (issue 17): each loaded doc is linked to the other instances
// through Redis. A doc update is added to the doc's stream (XADD … MAXLEN ~) and, in the same
// script, published on the doc's channel with the id the stream gave it: every instance holding the
// doc receives it pushed, in stream order, and remembers the last id it saw. The stream is read only
// to catch up: after the subscriber reconnects, and when a doc was linked while Redis did not answer
// (a read of every linked stream on each wake-up cost more than the relaying itself, BENCHMARKS.md).
// Awareness and the state-vector exchange go over the same channel (a lost presence message is
// renewed within 15 s). When an instance loads a doc or reconnects to Redis it sends its state
// vector, and every instance holding the doc answers with what it lacks (and asks for what it lacks
// in turn): any gap, e.g. a Redis restart that lost the streams, heals. Every instance commits its
// own clients' updates before it publishes them, so whatever one instance applies from another is
// already stored.
import { randomUUID } from "node:crypto";
import { Redis, type RedisOptions } from "ioredis";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import {
  createInProcessRelay,
  type ClusterMessage,
  type LiveCommand,
  type LiveCommandReply,
  type Relay,
  type RoomLink,
  type RoomLinkHandlers,
} from "./relay";

export type RedisRelayOptions = {
  url: string;
  /** Names this instance in the messages it sends (it ignores its own). */
  instanceId?: string;
  /** Entries a doc's stream keeps (approximately): how long a disconnected instance may catch up. */
  streamMaxLength?: number;
  keyPrefix?: string;
  /** How long a workshop's holder record lasts unless renewed (holdWorkshops). */
  holdForMs?: number;
  /**
   * A relay pass's XADDs per write (8): each chunk leaves as soon as it is full. Infinity sends the
   * whole pass in one write after it, as ioredis's autopipelining did (for comparison runs).
   */
  xaddsPerWrite?: number;
  /**
   * How long a doc load waits for its subscription and for Redis to say where its stream ends. Past
   * it (Redis down) the link reads the stream from its start once Redis is back; the state-vector
   * exchange heals the rest.
   */
  linkTimeoutMs?: number;
};

type AddUpdate = (
  stream: string,
  channel: string,
  maxLength: number,
  origin: string,
  update: Buffer,
) => unknown;
type UpdatePipeline = ReturnType<Redis["pipeline"]> & { addUpdate: AddUpdate };

type LinkState = {
  room: string;
  stream: string;
  channel: string;
  /** Id of the last stream entry received; a catch-up reads the stream after it. */
  lastId: string;
  handlers: RoomLinkHandlers | null;
  /** What arrived before the doc was attached, delivered in order on attach. */
  buffered: ((handlers: RoomLinkHandlers) => void)[];
  /** Other instances' updates received in this socket read, applied together after it. */
  incoming: Uint8Array[];
};

// Bus messages (pub/sub, one channel per doc): kind, sender, addressee ("" = everyone), payloads.
// A doc update's message starts with a zero byte instead (no bus kind is empty): see ADD_UPDATE.
type BusKind = "awareness" | "query-awareness" | "state-vector" | "diff";
const UPDATE_MARK = 0;
// KEYS: the doc's stream and channel; ARGV: the stream's length, the origin instance, the update.
// Published as mark, stream id, NUL, origin, NUL, update: the id orders it against a catch-up read.
const ADD_UPDATE = `
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'o', ARGV[2], 'u', ARGV[3])
redis.call('PUBLISH', KEYS[2], '\\0' .. id .. '\\0' .. ARGV[2] .. '\\0' .. ARGV[3])
return id`;
const EMPTY_UPDATE_BYTES = 2;
// A stream entry's fields: "o" (the instance that committed it), "u" (the update).
const ORIGIN_FIELD = "o".charCodeAt(0);
const UPDATE_FIELD = "u".charCodeAt(0);
const EMPTY = new Uint8Array(0);
// A group commit relays up to a hundred docs in one synchronous pass, each sent to its local peers
// before the next: XADDs leave every few docs, not after the whole pass, so the other instances'
// clients do not wait behind all of this instance's local sends (one write per chunk).
const DEFAULT_XADDS_PER_WRITE = 8;
const CATCH_UP_COUNT = 1_000;

function encodeBus(kind: BusKind, from: string, to: string, a: Uint8Array, b: Uint8Array): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, kind);
  encoding.writeVarString(encoder, from);
  encoding.writeVarString(encoder, to);
  encoding.writeVarUint8Array(encoder, a);
  encoding.writeVarUint8Array(encoder, b);
  return Buffer.from(encoding.toUint8Array(encoder));
}

function decodeBus(message: Buffer) {
  const decoder = decoding.createDecoder(new Uint8Array(message));
  return {
    kind: decoding.readVarString(decoder) as BusKind,
    from: decoding.readVarString(decoder),
    to: decoding.readVarString(decoder),
    a: decoding.readVarUint8Array(decoder),
    b: decoding.readVarUint8Array(decoder),
  };
}

/** A pushed update: the id the doc's stream gave it, the instance that committed it, its bytes. */
function decodePushedUpdate(message: Buffer) {
  const idEnd = message.indexOf(0, 1);
  const originEnd = idEnd < 0 ? -1 : message.indexOf(0, idEnd + 1);
  if (originEnd < 0) return null;
  return {
    id: message.toString("latin1", 1, idEnd),
    origin: message.subarray(idEnd + 1, originEnd),
    update: message.subarray(originEnd + 1),
  };
}

/** Orders stream ids ("<ms>-<seq>"). */
function isAfter(id: string, than: string): boolean {
  const [ms = 0, seq = 0] = id.split("-").map(Number);
  const [thanMs = 0, thanSeq = 0] = than.split("-").map(Number);
  return ms > thanMs || (ms === thanMs && seq > thanSeq);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Logs a connection's errors at most every 5 s (ioredis reports each failed reconnect). */
function quietErrors(client: Redis, label: string): void {
  let lastLogged = 0;
  client.on("error", (error: Error) => {
    const now = Date.now();
    if (now - lastLogged < 5_000) return;
    lastLogged = now;
    console.error(`[relay] Redis ${label}: ${error.message}`);
  });
}

export function createRedisRelay(options: RedisRelayOptions): Relay {
  const local = createInProcessRelay();
  const instanceId = options.instanceId ?? randomUUID();
  const ownOrigin = Buffer.from(instanceId);
  const prefix = options.keyPrefix ?? "prepersonalize:";
  const maxLength = options.streamMaxLength ?? 5_000;
  const linkTimeoutMs = options.linkTimeoutMs ?? 1_000;
  const xaddsPerWrite = options.xaddsPerWrite ?? DEFAULT_XADDS_PER_WRITE;
  const clusterChannel = `${prefix}cluster`;
  // Commands from other instances' route handlers, and the replies to ours (live-commands.ts).
  const instanceChannel = (id: string) => `${prefix}instance:${id}`;
  const ownChannel = instanceChannel(instanceId);
  const holderKey = (workshopId: string) => `${prefix}holder:${workshopId}`;
  const holdForMs = options.holdForMs ?? 15_000;
  const base: RedisOptions = {
    protocol: 2,
    // Commands wait through a Redis restart rather than fail: publishes are sent once it is back.
    maxRetriesPerRequest: null,
    retryStrategy: (attempt) => Math.min(50 * attempt, 500),
  };
  const publisher = new Redis(options.url, {
    ...base,
    enableAutoPipelining: true,
    scripts: { addUpdate: { lua: ADD_UPDATE, numberOfKeys: 2 } },
  });
  const subscriber = new Redis(options.url, {
    ...base,
    // Names it in CLIENT LIST (what Redis operators look at; the tests drop it by this name).
    connectionName: `prepersonalize-relay-${instanceId.replace(/[^\w.-]/g, "-")}`,
  });
  quietErrors(publisher, "publisher");
  quietErrors(subscriber, "subscriber");

  const byRoom = new Map<string, LinkState>();
  const byChannel = new Map<string, LinkState>();
  const clusterHandlers: ((message: ClusterMessage) => void)[] = [];
  let commandHandler: ((command: LiveCommand) => Promise<unknown>) | null = null;
  const awaitingReplies = new Map<string, (reply: LiveCommandReply | null) => void>();

  type InstanceMessage =
    | { kind: "command"; id: string; from: string; command: LiveCommand }
    | { kind: "reply"; id: string; reply: LiveCommandReply };

  function sendToInstance(to: string, message: InstanceMessage): Promise<unknown> {
    return publisher.publish(instanceChannel(to), JSON.stringify(message));
  }

  function receiveInstanceMessage(raw: string): void {
    let message: InstanceMessage;
    try {
      message = JSON.parse(raw) as InstanceMessage;
    } catch {
      return;
    }
    if (message.kind === "reply") {
      awaitingReplies.get(message.id)?.(message.reply);
      return;
    }
    if (message.kind !== "command") return;
    const run = commandHandler
      ? commandHandler(message.command)
      : Promise.reject(new Error("this instance runs no commands"));
    void run
      .then(
        (result): LiveCommandReply => ({ ok: true, result }),
        (error: unknown): LiveCommandReply => ({
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
      )
      .then((reply) => sendToInstance(message.from, { kind: "reply", id: message.id, reply }))
      .catch((error: unknown) => console.error("[relay] command reply failed", error));
  }
  let closed = false;

  let pendingXadds: UpdatePipeline | null = null;
  let pendingXaddCount = 0;

  function writeXadds(): void {
    const batch = pendingXadds;
    if (!batch) return;
    pendingXadds = null;
    pendingXaddCount = 0;
    batch.exec().then(
      (results) => {
        const failed = results?.find(([error]) => error);
        if (failed) console.error("[relay] XADD failed", failed[0]);
      },
      (error: unknown) => console.error("[relay] XADD failed", error),
    );
  }

  function queueXadd(state: LinkState, update: Uint8Array): void {
    if (!pendingXadds) {
      pendingXadds = publisher.pipeline() as UpdatePipeline;
      process.nextTick(writeXadds);
    }
    pendingXadds.addUpdate(
      state.stream,
      state.channel,
      maxLength,
      instanceId,
      Buffer.from(update.buffer, update.byteOffset, update.byteLength),
    );
    pendingXaddCount += 1;
    if (pendingXaddCount >= xaddsPerWrite) writeXadds();
  }

  function deliver(state: LinkState, task: (handlers: RoomLinkHandlers) => void): void {
    if (!state.handlers) {
      state.buffered.push(task);
      return;
    }
    try {
      task(state.handlers);
    } catch (error) {
      console.error(`[relay] could not apply what another instance sent for ${state.room}`, error);
    }
  }

  function publishBus(
    state: LinkState,
    kind: BusKind,
    to: string,
    a: Uint8Array,
    b: Uint8Array = EMPTY,
  ): void {
    publisher
      .publish(state.channel, encodeBus(kind, instanceId, to, a, b))
      .catch((error: unknown) => console.error(`[relay] publish to ${state.room} failed`, error));
  }

  /** Asks every other instance holding the doc for what this one lacks, and for its presence. */
  function exchangeState(state: LinkState): void {
    if (!state.handlers) return;
    publishBus(state, "state-vector", "", state.handlers.stateVector());
    publishBus(state, "query-awareness", "", EMPTY);
  }

  subscriber.on("messageBuffer", (channelBuffer: Buffer, message: Buffer) => {
    const channel = channelBuffer.toString();
    if (channel === ownChannel) {
      receiveInstanceMessage(message.toString());
      return;
    }
    if (channel === clusterChannel) {
      let parsed: ClusterMessage & { from?: string };
      try {
        parsed = JSON.parse(message.toString()) as ClusterMessage & { from?: string };
      } catch {
        return;
      }
      if (parsed.from === instanceId) return;
      for (const handler of clusterHandlers) handler(parsed);
      return;
    }
    const state = byChannel.get(channel);
    if (!state) return;
    if (message[0] === UPDATE_MARK) {
      receivePushedUpdate(state, message);
      return;
    }
    let bus: ReturnType<typeof decodeBus>;
    try {
      bus = decodeBus(message);
    } catch {
      return;
    }
    if (bus.from === instanceId || (bus.to !== "" && bus.to !== instanceId)) return;
    deliver(state, (handlers) => {
      if (bus.kind === "awareness") handlers.applyAwareness(bus.a);
      else if (bus.kind === "query-awareness") {
        const states = handlers.localAwareness();
        if (states) publishBus(state, "awareness", "", states);
      } else if (bus.kind === "state-vector") {
        // What the asker lacks, and our state vector so it can send what we lack.
        const diff = handlers.diff(bus.a);
        publishBus(state, "diff", bus.from, diff, handlers.stateVector());
      } else if (bus.kind === "diff") {
        if (bus.a.byteLength > EMPTY_UPDATE_BYTES) handlers.applyUpdate(bus.a);
        if (bus.b.byteLength > 0) {
          const back = handlers.diff(bus.b);
          if (back.byteLength > EMPTY_UPDATE_BYTES) publishBus(state, "diff", bus.from, back);
        }
      }
    });
  });
  subscriber.subscribe(clusterChannel, ownChannel).catch(() => undefined);

  /** Other instances' updates pushed in one socket read, applied per doc after the read. */
  const receiving = new Set<LinkState>();

  function receivePushedUpdate(state: LinkState, message: Buffer): void {
    const pushed = decodePushedUpdate(message);
    // At or before the position the link started from (the store has it) or a catch-up reached.
    if (!pushed || !isAfter(pushed.id, state.lastId)) return;
    state.lastId = pushed.id;
    if (pushed.origin.equals(ownOrigin)) return;
    // A copy: a view would keep the whole socket chunk alive in the doc (binary content).
    state.incoming.push(new Uint8Array(pushed.update));
    if (receiving.size === 0) queueMicrotask(applyReceived);
    receiving.add(state);
  }

  function applyReceived(): void {
    for (const state of receiving) {
      const updates = state.incoming;
      state.incoming = [];
      if (updates.length === 1) {
        const [update] = updates as [Uint8Array];
        deliver(state, (handlers) => handlers.applyUpdate(update));
      } else if (updates.length > 1) {
        deliver(state, (handlers) => handlers.applyUpdates(updates));
      }
    }
    receiving.clear();
  }

  /**
   * Reads the doc's stream after `from` (what this instance may have missed while its subscription
   * was down) and applies the other instances' entries. Run once the subscription is in place, so
   * whatever is added later arrives pushed; an entry both read here and pushed is skipped by id.
   */
  async function catchUp(state: LinkState, from: string): Promise<void> {
    let after = from;
    while (!closed && byRoom.get(state.room) === state) {
      let entries: [Buffer, Buffer[]][];
      try {
        entries = (await publisher.xrangeBuffer(
          state.stream,
          `(${after}`,
          "+",
          "COUNT",
          CATCH_UP_COUNT,
        )) as unknown as [Buffer, Buffer[]][];
      } catch (error) {
        if (!closed) console.error(`[relay] catch-up of ${state.room} failed`, error);
        return;
      }
      const updates: Uint8Array[] = [];
      for (const [id, fields] of entries) {
        after = id.toString();
        if (isAfter(after, state.lastId)) state.lastId = after;
        const update = otherInstancesUpdate(fields);
        if (update) updates.push(update);
      }
      if (updates.length > 0) deliver(state, (handlers) => handlers.applyUpdates(updates));
      if (entries.length < CATCH_UP_COUNT) return;
    }
  }

  /** A stream entry's update, unless this instance committed it. */
  function otherInstancesUpdate(fields: Buffer[]): Uint8Array | null {
    let own = false;
    let update: Buffer | null = null;
    for (let index = 0; index + 1 < fields.length; index += 2) {
      const field = fields[index];
      const value = fields[index + 1];
      if (!field || !value || field.length !== 1) continue;
      if (field[0] === ORIGIN_FIELD) own = value.equals(ownOrigin);
      else if (field[0] === UPDATE_FIELD) update = value;
    }
    return !own && update ? new Uint8Array(update) : null;
  }

  // After a reconnect (not the first connect) every linked doc reads what it missed from its stream
  // and exchanges state vectors again (the streams may be gone with a restarted Redis).
  let connectedOnce = false;
  subscriber.on("ready", () => {
    if (!connectedOnce) {
      connectedOnce = true;
      return;
    }
    const states = [...byRoom.values()];
    const missedAfter = states.map((state) => state.lastId);
    // ioredis resubscribes on its own; subscribing again resolves once the subscriptions hold.
    if (states.length === 0) return;
    subscriber.subscribe(...states.map((state) => state.channel)).then(
      () => {
        states.forEach((state, index) => void catchUp(state, missedAfter[index] ?? "0-0"));
        for (const state of states) exchangeState(state);
      },
      () => undefined,
    );
  });

  /** Where the doc's stream ends now; null if Redis does not answer in time. */
  async function streamEnd(stream: string): Promise<string | null> {
    const last = publisher
      .xrevrange(stream, "+", "-", "COUNT", 1)
      .then((entries) => entries[0]?.[0] ?? "0-0")
      .catch(() => null);
    return Promise.race([last, sleep(linkTimeoutMs).then(() => null)]);
  }

  function unlink(state: LinkState): void {
    if (byRoom.get(state.room) !== state) return;
    byRoom.delete(state.room);
    byChannel.delete(state.channel);
    receiving.delete(state);
    subscriber.unsubscribe(state.channel).catch(() => undefined);
  }

  return {
    join: local.join,
    leave: local.leave,
    broadcast: local.broadcast,
    peerCount: local.peerCount,

    async link(room) {
      const state: LinkState = {
        room,
        stream: `${prefix}doc:${room}:updates`,
        channel: `${prefix}doc:${room}:bus`,
        lastId: "0-0",
        handlers: null,
        buffered: [],
        incoming: [],
      };
      const previous = byRoom.get(room);
      if (previous) unlink(previous);
      byRoom.set(room, state);
      byChannel.set(state.channel, state);
      // The subscription first, then the position, then the caller reads the store: whatever was
      // added before the position was committed before, so the store has it; whatever comes after
      // is pushed to this instance.
      const subscribed = subscriber.subscribe(state.channel).then(
        () => true,
        () => false,
      );
      const inTime = await Promise.race([subscribed, sleep(linkTimeoutMs).then(() => false)]);
      const end = inTime ? await streamEnd(state.stream) : null;
      if (end === null) {
        // Redis did not answer in time (the load goes on from the store): once the subscription
        // holds, the stream is read from its start.
        void subscribed.then((holds) => (holds ? catchUp(state, "0-0") : undefined));
      } else if (isAfter(end, state.lastId)) {
        state.lastId = end;
      }
      const link: RoomLink = {
        attach(handlers) {
          state.handlers = handlers;
          const buffered = state.buffered;
          state.buffered = [];
          for (const task of buffered) deliver(state, task);
          exchangeState(state);
        },
        publishUpdate(update) {
          queueXadd(state, update);
        },
        publishAwareness(update) {
          publishBus(state, "awareness", "", update);
        },
        close() {
          state.handlers = null;
          state.buffered = [];
          unlink(state);
        },
      };
      return link;
    },

    flushPublished: writeXadds,

    publishCluster(message) {
      publisher
        .publish(clusterChannel, JSON.stringify({ ...message, from: instanceId }))
        .catch((error: unknown) => console.error("[relay] cluster publish failed", error));
    },

    onCluster(handler) {
      clusterHandlers.push(handler);
    },

    instanceId,

    holdWorkshops(workshopIds) {
      if (workshopIds.length === 0) return;
      const batch = publisher.pipeline();
      for (const workshopId of workshopIds) {
        batch.set(holderKey(workshopId), instanceId, "PX", holdForMs);
      }
      batch.exec().catch((error: unknown) => console.error("[relay] holder record failed", error));
    },

    async holderOf(workshopId) {
      const timeout = new Promise<null>((resolve) =>
        setTimeout(() => resolve(null), linkTimeoutMs),
      );
      const holder = publisher.get(holderKey(workshopId)).catch(() => null);
      return Promise.race([holder, timeout]);
    },

    sendCommand(to, command, timeoutMs) {
      const id = randomUUID();
      return new Promise<LiveCommandReply | null>((resolve) => {
        const timer = setTimeout(() => {
          awaitingReplies.delete(id);
          resolve(null);
        }, timeoutMs);
        awaitingReplies.set(id, (reply) => {
          clearTimeout(timer);
          awaitingReplies.delete(id);
          resolve(reply);
        });
        sendToInstance(to, { kind: "command", id, from: instanceId, command }).then(
          // No one listens on its channel: that instance is gone, do not wait for it.
          (receivers) => {
            if (receivers === 0) awaitingReplies.get(id)?.(null);
          },
          (error: unknown) => console.error("[relay] command publish failed", error),
        );
      });
    },

    onCommand(handler) {
      commandHandler = handler;
    },

    async close() {
      if (closed) return;
      closed = true;
      writeXadds();
      await Promise.allSettled([subscriber.quit(), publisher.quit()]);
    },
  };
}
