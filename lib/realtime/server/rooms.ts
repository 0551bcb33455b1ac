import * as encoding from "lib0/encoding";
import {
  applyAwarenessUpdate,
  Awareness,
  encodeAwarenessUpdate,
  outdatedTimeout,
  removeAwarenessStates,
} from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import {
  MessageType,
  roomName,
  type AnyDocName,
  type DocName,
  type PrivateDocName,
  type RoomAddress,
} from "@/lib/realtime/protocol";
import type { RealtimeOptions } from "./options";
import type { Metrics } from "./metrics";
import type { Persistence } from "./persistence";
import { CATCH_UP_ORIGIN, RELAY_ORIGIN, type RelayPeer, type RoomLink } from "./relay";
import { applyWhole } from "./write-policy/applies";
import { closeStaged, createStagedHolder, dropStaged, type StagedHolder } from "./staged";

/** `staged` (see StagedHolder): `doc` plus the accepted client updates still queued, where every
 * update is proven first; null while the doc is not written. */
export type DocRoom = StagedHolder & {
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
  /** Updates queued for the group commit and not yet applied. */
  pendingWrites: number;
  /** Upper bound of the doc's stored size: its state at load or compaction plus updates since. */
  storedBytes: number;
  compacting: boolean;
  /** Awareness client id → id of the connection that owns it. */
  clientOwners: Map<number, number>;
  /** The doc's link to the other instances (Redis relay), or null when this is the only one. */
  link: RoomLink | null;
  /** Client updates committed in the current group commit, applied and relayed together after it. */
  committed: CommittedUpdate[];
};

/** A client update whose row is committed, waiting to be applied and relayed with its batch. */
export type CommittedUpdate = {
  update: Uint8Array;
  peer: RelayPeer;
  updateId: number;
  /** performance.now() at arrival, for the relay latency. */
  receivedAt: number;
  /** It did not apply whole to the committed doc (it was proven on the staged doc: unexpected). */
  onUnapplied(updateId: number): void;
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
  updateCommitted(docRoom: DocRoom, updateId: number): void;
  /**
   * Queues a committed client update; every update a group commit committed for a doc is applied
   * in one transaction after the commit and relayed as one message (see flushCommitted).
   */
  applyCommitted(docRoom: DocRoom, entry: CommittedUpdate): void;
  /** Applies and relays what `applyCommitted` queued for `docRoom` now (e.g. before a server change). */
  flushCommitted(docRoom: DocRoom): void;
  compact(docRoom: DocRoom): Promise<void>;
  /** Periodic work: compact docs with new updates, evict idle workshops. */
  sweep(options: { compactAll: boolean }): Promise<void>;
  rooms(): WorkshopRoom[];
  closeAll(): Promise<void>;
};

/** As a Buffer: ws sends a Buffer as is, where it wraps any other Uint8Array once per receiver. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return asBuffer(encoding.toUint8Array(encoder));
}

function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return asBuffer(encoding.toUint8Array(encoder));
}

/**
 * Transaction origin of several connections' committed updates applied together: proven on the
 * staged doc like a single peer's, and relayed to every peer of the room (a writer receives its
 * own update inside the merged one, which Yjs ignores).
 */
const PEERS_ORIGIN = Symbol("peers");

function isPeer(origin: unknown): origin is RelayPeer {
  return typeof origin === "object" && origin !== null && "send" in origin && "id" in origin;
}

// A Yjs update that carries nothing (no structs, empty delete set).
const EMPTY_UPDATE_BYTES = 2;
const CATCH_UP_EVERY_MS = 1_000;

export function createRoomRegistry(options: {
  persistence: Persistence;
  config: RealtimeOptions;
  metrics?: Metrics;
}): RoomRegistry {
  const { persistence, config, metrics } = options;
  const loaded = new Map<string, Promise<WorkshopRoom>>();
  const ready = new Map<string, WorkshopRoom>();
  const loadingPrivate = new Map<string, Promise<DocRoom>>();

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
    const awareness = new Awareness(doc);
    // Its own 3 s timer per doc is replaced by the registry's one sweep (expireAwareness).
    clearInterval(awareness._checkInterval as ReturnType<typeof setInterval>);
    awareness.setLocalState(null);
    const holder = createStagedHolder(doc);
    // Encode once per change and hand the same bytes to every peer.
    doc.on("update", (update: Uint8Array, origin: unknown) => {
      // Peers' updates were proven on the staged doc before they were appended; the server's own
      // changes (reveal, role bumps) reach it here.
      const fromPeers = origin === PEERS_ORIGIN || isPeer(origin);
      const { staged } = holder;
      if (!fromPeers && staged && !applyWhole(staged.doc, update)) staged.stale = true;
      try {
        config.relay.broadcast(
          name,
          syncUpdateMessage(update),
          isPeer(origin) ? origin : undefined,
        );
        // Committed by this instance (a client's or the server's change): the others apply it too.
        if (link && origin !== RELAY_ORIGIN) link.publishUpdate(update);
      } catch (error) {
        // Thrown inside applyUpdate, a relay failure would read as the update failing to apply.
        console.error(`[realtime] relay of ${name} failed`, error);
      }
    });
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
    // The holder itself, so the update handler above sees the staged copy come and go.
    const docRoom: DocRoom = Object.assign(holder, {
      address,
      name,
      awareness,
      lastUpdateId,
      foldable: updateIds,
      pendingWrites: 0,
      storedBytes: Y.encodeStateAsUpdate(doc).byteLength,
      compacting: false,
      clientOwners: new Map(),
      link,
      committed: [] as CommittedUpdate[],
    });
    link?.attach({
      applyUpdate(update) {
        // Stored by the instance that committed it; counted toward this doc's size all the same.
        docRoom.storedBytes += update.byteLength;
        Y.applyUpdate(doc, update, RELAY_ORIGIN);
      },
      applyUpdates(updates) {
        Y.transact(
          doc,
          () => {
            for (const update of updates) {
              docRoom.storedBytes += update.byteLength;
              Y.applyUpdate(doc, update, RELAY_ORIGIN);
            }
          },
          RELAY_ORIGIN,
        );
      },
      applyAwareness(update) {
        applyAwarenessUpdate(awareness, update, RELAY_ORIGIN);
      },
      stateVector: () => Y.encodeStateVector(doc),
      diff: (stateVector) => Y.encodeStateAsUpdate(doc, stateVector),
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
    if (docRoom.compacting || docRoom.foldable.length === 0) return;
    docRoom.compacting = true;
    let folded = 0;
    try {
      const done = await persistence.compact(docRoom.address, () => {
        folded = docRoom.foldable.length;
        const state = Y.encodeStateAsUpdate(docRoom.doc);
        const queuedBytes = (docRoom.staged?.queued ?? []).reduce((sum, update) => sum + update.length, 0);
        docRoom.storedBytes = state.byteLength + queuedBytes;
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
      closeStaged(docRoom);
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

  function flushCommitted(docRoom: DocRoom): void {
    const entries = docRoom.committed;
    if (entries.length === 0) return;
    docRoom.committed = [];
    withCommitted.delete(docRoom);
    const first = entries[0] as CommittedUpdate;
    const onePeer = entries.every((entry) => entry.peer === first.peer);
    const unapplied: CommittedUpdate[] = [];
    // One transaction: the doc's update handler encodes the batch once (Yjs merges it) and the
    // room gets one message, instead of one per update per receiver. Durable already: every row
    // of the batch is committed.
    Y.transact(
      docRoom.doc,
      () => {
        for (const entry of entries) {
          if (!applyWhole(docRoom.doc, entry.update)) unapplied.push(entry);
        }
      },
      onePeer ? first.peer : PEERS_ORIGIN,
    );
    const now = performance.now();
    for (const entry of entries) {
      if (unapplied.includes(entry)) {
        entry.onUnapplied(entry.updateId);
        continue;
      }
      docRoom.lastUpdateId = Math.max(docRoom.lastUpdateId, entry.updateId);
      docRoom.foldable.push(entry.updateId);
      metrics?.relayLatency.record(now - entry.receivedAt);
    }
    if (docRoom.foldable.length >= config.compactEveryUpdates) void compact(docRoom);
  }

  persistence.onBatchCommitted(() => {
    for (const docRoom of withCommitted) flushCommitted(docRoom);
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
    updateCommitted(docRoom, updateId) {
      docRoom.lastUpdateId = Math.max(docRoom.lastUpdateId, updateId);
      docRoom.foldable.push(updateId);
      if (docRoom.foldable.length >= config.compactEveryUpdates) void compact(docRoom);
    },
    applyCommitted(docRoom, entry) {
      docRoom.committed.push(entry);
      withCommitted.add(docRoom);
    },
    flushCommitted,
    compact,
    async sweep({ compactAll }) {
      const now = Date.now();
      for (const room of [...ready.values()]) {
        if (compactAll || isIdle(room)) await compactWorkshop(room);
        for (const docRoom of allDocRooms(room)) {
          if (docRoom.pendingWrites === 0 && now - docRoom.stagedUsedAt >= config.idleEvictMs) {
            dropStaged(docRoom);
          }
        }
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
