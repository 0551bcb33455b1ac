import * as encoding from "lib0/encoding";
import {
  applyAwarenessUpdate,
  Awareness,
  encodeAwarenessUpdate,
  outdatedTimeout,
  removeAwarenessStates,
} from "y-protocols/awareness";
import * as Y from "yjs";
import {
  MessageType,
  roomName,
  type AnyDocName,
  type DocName,
  type PrivateDocName,
  type RoomAddress,
} from "@/lib/realtime/protocol";
import { syncUpdateMessage } from "./frames";
import type { RealtimeOptions } from "./options";
import type { Metrics } from "./metrics";
import type { Persistence } from "./persistence";
import { CATCH_UP_ORIGIN, RELAY_ORIGIN, type RelayPeer, type RoomLink } from "./relay";
import { SERVER_ORIGIN } from "./server-changes";
import { trackPastAuthors, type PastAuthors } from "./write-policy/past-authors";

/**
 * One loaded doc. Its `doc` is live: it holds every committed update plus the accepted client
 * updates still waiting for their group commit (`pendingWrites`), so the write policy reads queued
 * writes too. Nothing that doc holds reaches anyone else before its row is committed: a client's
 * update is relayed by flushCommitted after its commit, and whatever reads the whole doc for
 * someone else (a sync reply, a diff for another instance, a server change's copy) waits until
 * nothing is pending (whenSettled).
 */
export type DocRoom = {
  address: RoomAddress;
  name: string;
  doc: Y.Doc;
  awareness: Awareness;
  /** Highest DocUpdate id folded into `doc`. */
  lastUpdateId: number;
  /**
   * Ids of the stored update rows `doc` holds that no compaction of this instance folded yet: what
   * the next compaction deletes (exactly these, never "everything up to an id").
   */
  foldable: number[];
  /** Updates appended and not committed yet (client ones are already applied to `doc`). */
  pendingWrites: number;
  /** Upper bound of the doc's stored size: its state at load or compaction plus updates since. */
  storedBytes: number;
  compacting: boolean;
  /** Awareness client id → id of the connection that owns it. */
  clientOwners: Map<number, number>;
  /** The doc's link to the other instances (Redis relay), or null when this is the only one. */
  link: RoomLink | null;
  /** Client updates committed in the current group commit, relayed together after it. */
  committed: CommittedUpdate[];
  /** Authors each record ever had while in memory (see write-policy/authorship). */
  pastAuthors: PastAuthors;
  stopTrackingAuthors: () => void;
  /** Reads of the whole doc for someone else, run once nothing is pending (see whenSettled). */
  waiting: (() => void)[];
  /**
   * Client updates that arrived while reads wait: applied after those reads, so a steady stream
   * of writes cannot keep a reader waiting.
   */
  held: (() => void)[];
  /** The doc holds state the store may not (a failed commit or a half-applied update). */
  poisoned: boolean;
};

/** A client update (already applied to the doc) whose row is committed, relayed with its batch. */
export type CommittedUpdate = {
  update: Uint8Array;
  peer: RelayPeer;
  updateId: number;
  /** performance.now() at arrival, for the relay latency. */
  receivedAt: number;
};

export type WorkshopRoom = {
  workshopId: string;
  docs: Record<DocName, DocRoom>;
  /** Private docs loaded so far (`private/<userId>`), loaded on first use. */
  privateDocs: Map<PrivateDocName, DocRoom>;
  connections: number;
  /** Upgrades that loaded the room and have not attached their socket yet. */
  joining: number;
  idleSince: number;
  /** When the docs were last read from the store (load or catch-up), for the Redis relay. */
  storeReadAt: number;
  catchUpScheduled: boolean;
};

export type RoomRegistry = {
  /** Loads (or reuses) a workshop's docs and reserves it against eviction until `release`. */
  acquire(workshopId: string): Promise<WorkshopRoom>;
  release(room: WorkshopRoom): void;
  /** One doc of an acquired workshop; private docs are loaded on first use. */
  docRoom(room: WorkshopRoom, docName: AnyDocName): Promise<DocRoom>;
  connectionOpened(room: WorkshopRoom): void;
  connectionClosed(room: WorkshopRoom): void;
  /**
   * Applies a committed server change to the live doc and relays it (local peers and the other
   * instances) after the client updates committed before it.
   */
  applyServerChange(docRoom: DocRoom, update: Uint8Array, updateId: number): void;
  /**
   * Queues a committed client update (applied to the doc when it was accepted); every update a
   * group commit committed for a doc is relayed in one message after the commit (flushCommitted).
   */
  relayCommitted(docRoom: DocRoom, entry: CommittedUpdate): void;
  /** Runs `read` now if nothing is pending on the doc, else right after the commit that settles it. */
  whenSettled(docRoom: DocRoom, read: () => void): void;
  /**
   * The doc holds state the store may not: drops the workshop (the next connection reloads it from
   * the store). The caller closes the workshop's connections.
   */
  poison(room: WorkshopRoom, docRoom: DocRoom): void;
  compact(docRoom: DocRoom): Promise<void>;
  /** Periodic work: compact docs with new updates, evict idle workshops. */
  sweep(options: { compactAll: boolean }): Promise<void>;
  rooms(): WorkshopRoom[];
  closeAll(): Promise<void>;
};

/**
 * Applies an update another instance sent; false when the doc held all of it already (a diff
 * answer published on the stream, an update also read by a catch-up): its bytes are sent to the
 * local clients only when it brought something, or left structs waiting for what it builds on
 * (the clients must hold those too, to integrate them once the rest arrives).
 */
export function applyRelayed(doc: Y.Doc, update: Uint8Array): boolean {
  return Y.transact(
    doc,
    (transaction) => {
      Y.applyUpdate(doc, update, RELAY_ORIGIN);
      const { store } = doc;
      if (transaction.deleteSet.clients.size > 0) return true;
      if (store.pendingStructs !== null || store.pendingDs !== null) return true;
      for (const client of store.clients.keys()) {
        if (Y.getState(store, client) !== (transaction.beforeState.get(client) ?? 0)) return true;
      }
      return false;
    },
    RELAY_ORIGIN,
  );
}

/** As a Buffer: ws sends a Buffer as is, where it wraps any other Uint8Array once per receiver. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return asBuffer(encoding.toUint8Array(encoder));
}

// A Yjs update that carries nothing (no structs, empty delete set).
const EMPTY_UPDATE_BYTES = 2;
const EMPTY_UPDATE = new Uint8Array([0, 0]);
const CATCH_UP_EVERY_MS = 1_000;

/** One frame to a doc's peers: a committed update, or several merged (see relayUnits). */
type RelayUnit = { update: Uint8Array; except: RelayPeer | undefined };

// From this many updates of one doc in one group commit, they go out merged as one frame. Each
// frame costs a socket write per receiver and a decode and apply on every client; merging costs a
// decode and encode of the batch once. The in-process replay (no real sockets) counts only the
// merge: 204 µs/update merged vs 161 unmerged at 100 rooms. Live, under a backlog (500 rooms),
// one frame per update doubled the p50 latency (10.9 s before, 22-27 s after, 2 December).
const MERGE_FROM = 3;

/**
 * How a group commit's updates for one doc are sent on: each as its own frame (original bytes),
 * or, from MERGE_FROM of them, merged into one. A merged frame skips its writer only when every
 * update came from one connection; otherwise writers receive their own update inside it, which
 * Yjs ignores.
 */
function relayUnits(entries: readonly CommittedUpdate[]): RelayUnit[] {
  if (entries.length < MERGE_FROM) {
    return entries.map((entry) => ({ update: entry.update, except: entry.peer }));
  }
  const first = entries[0] as CommittedUpdate;
  const onePeer = entries.every((entry) => entry.peer === first.peer);
  return [
    {
      update: Y.mergeUpdates(entries.map((entry) => entry.update)),
      except: onePeer ? first.peer : undefined,
    },
  ];
}

export function createRoomRegistry(options: {
  persistence: Persistence;
  config: RealtimeOptions;
  metrics?: Metrics;
}): RoomRegistry {
  const { persistence, config, metrics } = options;
  const loaded = new Map<string, Promise<WorkshopRoom>>();
  const ready = new Map<string, WorkshopRoom>();
  const loadingPrivate = new Map<string, Promise<DocRoom>>();

  /**
   * Sends committed state now in `docRoom.doc` to the room's peers (but `except`, its writer) and,
   * when this instance committed it (`publish`), to the other instances.
   */
  function relayApplied(
    docRoom: DocRoom,
    update: Uint8Array,
    except: RelayPeer | undefined,
    publish: boolean,
  ): void {
    try {
      config.relay.broadcast(docRoom.name, syncUpdateMessage(update), except);
      if (publish) docRoom.link?.publishUpdate(update);
    } catch (error) {
      console.error(`[realtime] relay of ${docRoom.name} failed`, error);
    }
  }

  function allDocRooms(room: WorkshopRoom): DocRoom[] {
    return [...Object.values(room.docs), ...room.privateDocs.values()];
  }

  async function loadDocRoom(address: RoomAddress): Promise<DocRoom> {
    const name = roomName(address);
    // Linked before the store is read: what other instances publish from here on is delivered
    // once the doc is attached; what they published before was committed before, so it is read.
    const link = config.relay.link ? await config.relay.link(name) : null;
    let loadedDoc: Awaited<ReturnType<Persistence["load"]>>;
    try {
      loadedDoc = await persistence.load(address);
    } catch (error) {
      link?.close();
      throw error;
    }
    const { doc, lastUpdateId, updateIds } = loadedDoc;
    // No "update" listener: Yjs encodes every transaction's update for one, and most of them are
    // client updates relayed as their original bytes after their commit (see relayApplied).
    const awareness = new Awareness(doc);
    // Its own 3 s timer per doc is replaced by the registry's one sweep (expireAwareness).
    clearInterval(awareness._checkInterval as ReturnType<typeof setInterval>);
    awareness.setLocalState(null);
    awareness.on(
      "update",
      (
        { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
        origin: unknown,
      ) => {
        const update = encodeAwarenessUpdate(awareness, [...added, ...updated, ...removed]);
        config.relay.broadcast(name, awarenessMessage(update));
        if (link && origin !== RELAY_ORIGIN) link.publishAwareness(update);
      },
    );
    const pastAuthors: PastAuthors = new Map();
    const docRoom: DocRoom = {
      address,
      name,
      doc,
      awareness,
      lastUpdateId,
      foldable: updateIds,
      pendingWrites: 0,
      storedBytes: Y.encodeStateAsUpdate(doc).byteLength,
      compacting: false,
      clientOwners: new Map(),
      link,
      committed: [],
      pastAuthors,
      stopTrackingAuthors: trackPastAuthors(doc, pastAuthors),
      waiting: [],
      held: [],
      poisoned: false,
    };
    link?.attach({
      applyUpdate(update) {
        // Stored by the instance that committed it; counted toward this doc's size all the same.
        docRoom.storedBytes += update.byteLength;
        if (applyRelayed(doc, update)) relayApplied(docRoom, update, undefined, false);
      },
      applyUpdates(updates) {
        // Each as its own frame, as in flushCommitted (cheaper than merging them).
        for (const update of updates) {
          docRoom.storedBytes += update.byteLength;
          if (applyRelayed(doc, update)) relayApplied(docRoom, update, undefined, false);
        }
      },
      applyAwareness(update) {
        applyAwarenessUpdate(awareness, update, RELAY_ORIGIN);
      },
      // A state vector tells nothing of content: the uncommitted part only keeps the asker from
      // sending what it does not have anyway.
      stateVector: () => Y.encodeStateVector(doc),
      diff(stateVector) {
        if (docRoom.pendingWrites === 0) return Y.encodeStateAsUpdate(doc, stateVector);
        // Not while uncommitted updates are in the doc: answered as a published update once
        // they are committed (the answer is synchronous, so it says "nothing" for now).
        whenSettled(docRoom, () => {
          if (docRoom.poisoned) return;
          const diff = Y.encodeStateAsUpdate(doc, stateVector);
          if (diff.byteLength > EMPTY_UPDATE_BYTES) link.publishUpdate(diff);
        });
        return EMPTY_UPDATE;
      },
      localAwareness() {
        const states = awareness.getStates();
        const own = [...docRoom.clientOwners.keys()].filter((clientId) => states.has(clientId));
        return own.length > 0 ? encodeAwarenessUpdate(awareness, own) : null;
      },
    });
    return docRoom;
  }

  async function loadWorkshop(workshopId: string): Promise<WorkshopRoom> {
    const [board, control] = await Promise.all([
      loadDocRoom({ workshopId, docName: "board" }),
      loadDocRoom({ workshopId, docName: "control" }),
    ]);
    const room: WorkshopRoom = {
      workshopId,
      docs: { board, control },
      privateDocs: new Map(),
      connections: 0,
      joining: 0,
      idleSince: Date.now(),
      storeReadAt: Date.now(),
      catchUpScheduled: false,
    };
    ready.set(workshopId, room);
    return room;
  }

  async function compact(docRoom: DocRoom): Promise<void> {
    if (docRoom.compacting || docRoom.poisoned || docRoom.foldable.length === 0) return;
    docRoom.compacting = true;
    let folded = 0;
    try {
      const done = await persistence.compact(docRoom.address, () => {
        // A half-applied update must never be stored.
        if (docRoom.poisoned) throw new Error("the doc holds state the store may not");
        folded = docRoom.foldable.length;
        // May hold accepted updates still waiting for their commit: stored early, never relayed
        // early. Should that commit fail, the doc is poisoned and reloaded from the store, which
        // then holds them; their writer is closed and resends them (a no-op).
        const state = Y.encodeStateAsUpdate(docRoom.doc);
        docRoom.storedBytes = state.byteLength;
        return { state, foldedIds: docRoom.foldable.slice() };
      });
      // Ids committed meanwhile were appended after the folded ones.
      if (done) docRoom.foldable.splice(0, folded);
    } catch (error) {
      console.error(`[realtime] compaction of ${docRoom.name} failed`, error);
    } finally {
      docRoom.compacting = false;
    }
  }

  function destroy(room: WorkshopRoom): void {
    ready.delete(room.workshopId);
    loaded.delete(room.workshopId);
    for (const docRoom of allDocRooms(room)) {
      docRoom.link?.close();
      docRoom.awareness.destroy();
      docRoom.stopTrackingAuthors();
      // Poisoned, or settled when evicted: each waiting read sees that and gives up.
      const { waiting } = docRoom;
      docRoom.waiting = [];
      docRoom.held = [];
      for (const read of waiting) runSafely(read);
      docRoom.doc.destroy();
    }
  }

  /**
   * With other instances, updates one of them committed can be missing here: it died after its
   * commit and before its publish reached Redis (or while Redis was down). Its clients reconnect
   * here, so a connection to a loaded workshop re-reads the stored docs (at most once a second,
   * the first request after a read waiting for the second to pass) and applies what the live docs
   * lack; that is relayed to every client here as usual.
   */
  function requestCatchUp(room: WorkshopRoom): void {
    if (!config.relay.link || room.catchUpScheduled) return;
    room.catchUpScheduled = true;
    const wait = Math.max(0, room.storeReadAt + CATCH_UP_EVERY_MS - Date.now());
    setTimeout(() => {
      room.catchUpScheduled = false;
      if (ready.get(room.workshopId) !== room) return;
      // One catch-up at a time across rooms: a burst of arrivals reads the store one room after
      // another instead of all at once.
      catchUps = catchUps.then(() => catchUp(room));
    }, wait).unref();
  }

  let catchUps: Promise<void> = Promise.resolve();

  async function catchUp(room: WorkshopRoom): Promise<void> {
    room.storeReadAt = Date.now();
    try {
      for (const docRoom of allDocRooms(room)) {
        // The update rows alone (whatever was compacted was in some live doc, hence published),
        // read off the commit queue: a burst of arrivals must not hold up everyone's commits.
        const rows = await persistence.readUpdates(docRoom.address);
        if (ready.get(room.workshopId) !== room) return;
        if (rows.length === 0) continue;
        const stored = Y.mergeUpdates(rows.map((row) => row.update));
        const missing = Y.diffUpdate(stored, Y.encodeStateVector(docRoom.doc));
        if (missing.byteLength > EMPTY_UPDATE_BYTES) {
          docRoom.storedBytes += missing.byteLength;
          Y.applyUpdate(docRoom.doc, missing, CATCH_UP_ORIGIN);
          relayApplied(docRoom, missing, undefined, true);
        }
        // Those rows are all in the live doc now: this instance may fold them.
        const known = new Set(docRoom.foldable);
        for (const row of rows) if (!known.has(row.id)) docRoom.foldable.push(row.id);
      }
    } catch (error) {
      console.error(`[realtime] catch-up of ${room.workshopId} failed`, error);
    }
  }

  /**
   * What each Awareness's own interval did, for every loaded doc from one timer: drops the states
   * of clients not heard from for `outdatedTimeout` (the server has no local state to renew).
   */
  function expireAwareness(): void {
    const now = Date.now();
    for (const room of ready.values()) {
      for (const docRoom of allDocRooms(room)) {
        const { awareness } = docRoom;
        const outdated: number[] = [];
        awareness.meta.forEach((meta, clientId) => {
          if (now - meta.lastUpdated >= outdatedTimeout && awareness.states.has(clientId)) {
            outdated.push(clientId);
          }
        });
        if (outdated.length > 0) removeAwarenessStates(awareness, outdated, "timeout");
      }
    }
  }
  const awarenessTimer = setInterval(expireAwareness, outdatedTimeout / 10);
  awarenessTimer.unref();

  /** Doc rooms with committed updates not applied yet. */
  const withCommitted = new Set<DocRoom>();

  /**
   * Relays a doc's committed client updates (applied to the doc when accepted) to every peer but
   * their writer and to the other instances. Durable already: every row of the batch is committed.
   */
  /** Hands a doc's committed updates to the other instances (before any local send, see below). */
  function publishUnits(docRoom: DocRoom, units: readonly RelayUnit[]): void {
    const { link } = docRoom;
    if (!link || docRoom.poisoned) return;
    try {
      for (const unit of units) link.publishUpdate(unit.update);
    } catch (error) {
      console.error(`[realtime] publish of ${docRoom.name} failed`, error);
    }
  }

  /**
   * `units`: what to send (relayUnits of the committed entries); `published`: publishUnits
   * already sent them to the other instances.
   */
  function flushCommitted(
    docRoom: DocRoom,
    units: readonly RelayUnit[] = relayUnits(docRoom.committed),
    published = false,
  ): void {
    const entries = docRoom.committed;
    if (entries.length === 0) return;
    docRoom.committed = [];
    withCommitted.delete(docRoom);
    // Its writers were closed with the doc and resend these; the reloaded doc takes them then.
    if (docRoom.poisoned) return;
    for (const unit of units) relayApplied(docRoom, unit.update, unit.except, !published);
    const now = performance.now();
    for (const entry of entries) {
      docRoom.lastUpdateId = Math.max(docRoom.lastUpdateId, entry.updateId);
      docRoom.foldable.push(entry.updateId);
      metrics?.relayLatency.record(now - entry.receivedAt);
    }
    if (docRoom.foldable.length >= config.compactEveryUpdates) void compact(docRoom);
  }

  function runSafely(task: () => void): void {
    try {
      task();
    } catch (error) {
      console.error("[realtime] a deferred read or write failed", error);
    }
  }

  /** Docs with reads waiting for their pending writes to commit. */
  const withWaiting = new Set<DocRoom>();

  function whenSettled(docRoom: DocRoom, read: () => void): void {
    if (docRoom.pendingWrites === 0 && docRoom.waiting.length === 0) {
      read();
      return;
    }
    docRoom.waiting.push(read);
    withWaiting.add(docRoom);
  }

  /** Runs the waiting reads of a doc with nothing pending, then the writes held behind them. */
  function runWaiting(docRoom: DocRoom): void {
    if (docRoom.pendingWrites > 0) return;
    withWaiting.delete(docRoom);
    // Dropped with its workshop: every connection waiting here was closed.
    if (docRoom.poisoned) return;
    const { waiting, held } = docRoom;
    docRoom.waiting = [];
    docRoom.held = [];
    for (const read of waiting) runSafely(read);
    for (const write of held) runSafely(write);
  }

  persistence.onBatchCommitted(() => {
    // Other instances first: their clients wait on Redis and on the other instance's loop, where
    // this instance's own clients wait only on the sends below (a 100-room batch's local sends
    // took milliseconds that every cross-instance delivery used to wait for as well).
    const units = new Map<DocRoom, RelayUnit[]>();
    for (const docRoom of withCommitted) units.set(docRoom, relayUnits(docRoom.committed));
    if (config.relay.link) {
      for (const [docRoom, docUnits] of units) publishUnits(docRoom, docUnits);
      config.relay.flushPublished?.();
    }
    const published = config.relay.link !== undefined;
    for (const [docRoom, docUnits] of units) flushCommitted(docRoom, docUnits, published);
    for (const docRoom of withWaiting) runWaiting(docRoom);
  });

  function isIdle(room: WorkshopRoom): boolean {
    return room.connections === 0 && room.joining === 0;
  }

  async function compactWorkshop(room: WorkshopRoom): Promise<void> {
    await Promise.all(allDocRooms(room).map((docRoom) => compact(docRoom)));
  }

  return {
    async acquire(workshopId) {
      let pending = loaded.get(workshopId);
      if (!pending) {
        pending = loadWorkshop(workshopId);
        loaded.set(workshopId, pending);
        pending.catch(() => loaded.delete(workshopId));
      }
      const room = await pending;
      room.joining += 1;
      return room;
    },
    release(room) {
      room.joining -= 1;
      if (isIdle(room)) room.idleSince = Date.now();
    },
    async docRoom(room, docName) {
      if (docName === "board" || docName === "control") return room.docs[docName];
      const loadedDoc = room.privateDocs.get(docName);
      if (loadedDoc) return loadedDoc;
      const key = roomName({ workshopId: room.workshopId, docName });
      let pending = loadingPrivate.get(key);
      if (!pending) {
        pending = loadDocRoom({ workshopId: room.workshopId, docName }).then((docRoom) => {
          room.privateDocs.set(docName, docRoom);
          return docRoom;
        });
        loadingPrivate.set(key, pending);
        void pending.finally(() => loadingPrivate.delete(key)).catch(() => undefined);
      }
      return pending;
    },
    connectionOpened(room) {
      room.connections += 1;
      requestCatchUp(room);
    },
    connectionClosed(room) {
      room.connections -= 1;
      if (!isIdle(room)) return;
      room.idleSince = Date.now();
      void compactWorkshop(room);
    },
    applyServerChange(docRoom, update, updateId) {
      if (docRoom.poisoned) return;
      // Client updates committed before it in this group commit go first, in row order.
      flushCommitted(docRoom);
      docRoom.storedBytes += update.byteLength;
      Y.applyUpdate(docRoom.doc, update, SERVER_ORIGIN);
      relayApplied(docRoom, update, undefined, true);
      docRoom.lastUpdateId = Math.max(docRoom.lastUpdateId, updateId);
      docRoom.foldable.push(updateId);
      if (docRoom.foldable.length >= config.compactEveryUpdates) void compact(docRoom);
    },
    relayCommitted(docRoom, entry) {
      docRoom.committed.push(entry);
      withCommitted.add(docRoom);
    },
    whenSettled,
    poison(room, docRoom) {
      docRoom.poisoned = true;
      // The workshop's other docs go too (their connections are closed with it): none of them
      // relays or compacts again, what they committed meanwhile is read back at reload.
      for (const other of allDocRooms(room)) other.poisoned = true;
      if (ready.get(room.workshopId) === room) destroy(room);
    },
    compact,
    async sweep({ compactAll }) {
      const now = Date.now();
      for (const room of [...ready.values()]) {
        if (compactAll || isIdle(room)) await compactWorkshop(room);
        const settled = allDocRooms(room).every(
          (docRoom) => docRoom.pendingWrites === 0 && docRoom.foldable.length === 0,
        );
        if (isIdle(room) && settled && now - room.idleSince >= config.idleEvictMs) destroy(room);
      }
    },
    rooms() {
      return [...ready.values()];
    },
    async closeAll() {
      clearInterval(awarenessTimer);
      await persistence.flush();
      for (const room of [...ready.values()]) {
        await compactWorkshop(room);
        destroy(room);
      }
    },
  };
}
