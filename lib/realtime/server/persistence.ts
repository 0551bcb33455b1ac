import * as Y from "yjs";
import type { RoomAddress } from "@/lib/realtime/protocol";
import type { Metrics } from "./metrics";
import type { DocStore } from "@/lib/document-store/doc-store";
import { isWholeUpdate } from "./write-policy/applies";

type PendingAppend = {
  address: RoomAddress;
  update: Uint8Array;
  /** Called synchronously, in append order, once the row is committed. */
  onCommitted: (updateId: number) => void;
  onFailed: (error: unknown) => void;
};

/** Appends in order, with when each was queued (a parallel array: no object of our own per update). */
type AppendQueue = { entries: PendingAppend[]; enqueuedAt: number[] };

const emptyQueue = (): AppendQueue => ({ entries: [], enqueuedAt: [] });

export type LoadedDoc = {
  doc: Y.Doc;
  lastUpdateId: number;
  /** Ids of the update rows folded into `doc` at load (each one applied or skipped as unreadable). */
  updateIds: number[];
};

export type PersistenceLag = { pendingUpdates: number; oldestPendingMs: number };

export type Persistence = {
  load(address: RoomAddress): Promise<LoadedDoc>;
  /**
   * The stored update rows, not queued behind commits: for the Redis relay's catch-up, which only
   * adds to a loaded doc what it lacks.
   */
  readUpdates(address: RoomAddress): Promise<{ id: number; update: Uint8Array }[]>;
  /**
   * Queues an update for the next group commit (one statement for everything queued in a tick).
   * The caller hands over `update`: bytes on a buffer of their own, never changed afterwards.
   */
  append(entry: PendingAppend): void;
  /**
   * Called after each group commit, once every entry's onCommitted has run (still on the serial
   * chain): where the room registry applies and relays a tick's updates.
   */
  onBatchCommitted(listener: () => void): void;
  /**
   * Called with true once a full commit's worth of appends is queued, and with false once the
   * queue has drained: the server stops reading its sockets in between, so a backlog waits in the
   * kernel's buffers and the clients' rather than as accepted updates in this process.
   */
  onBacklogChanged(listener: (backlogged: boolean) => void): void;
  /**
   * Folds the doc into the snapshot and deletes exactly the rows `read` names, atomically.
   * Resolves false when it did nothing (another instance was compacting the doc).
   */
  compact(
    address: RoomAddress,
    read: () => { state: Uint8Array; foldedIds: readonly number[] },
  ): Promise<boolean>;
  flush(): Promise<void>;
  /** Names of a workshop's stored docs that start with `prefix`. */
  listDocNames(workshopId: string, prefix: string): Promise<string[]>;
  lag(): PersistenceLag;
  /** Commits what is queued (the store itself belongs to whoever passed it in). */
  close(): Promise<void>;
};

// Rows per group-commit transaction: bounds how long one commit holds the event loop.
const MAX_ROWS_PER_COMMIT = 2_000;
// Queued appends from which reading pauses. Below it a pass of the event loop reads every ready
// socket (a tick's updates share one commit); above it, behind a backlog, one pass would read all
// the kernel buffered (142,542 queued updates, 46 MB, at 500 rooms). Four commits' worth: pausing
// at one commit's worth paused and resumed 6,000 sockets every 2,000 updates, which cost more than
// it saved (500 rooms: p99 16 s against 6 s without pausing; 2-6 s with four).
export const BACKLOG_ROWS = 4 * MAX_ROWS_PER_COMMIT;

function tryApply(doc: Y.Doc, update: Uint8Array, label: string): void {
  try {
    // A row that cannot apply whole (e.g. a dependent chain stored before updates were proven)
    // would throw half-way or sit as invisible pending structs: skipped, it is never relayed, and
    // the next compaction (which folds the doc, not the rows) drops it.
    if (label !== "snapshot" && !isWholeUpdate(Y.decodeUpdate(update), doc)) {
      throw new Error("does not apply whole");
    }
    Y.applyUpdate(doc, update);
  } catch (error) {
    // One corrupt row must not make the whole workshop unloadable.
    console.error(`[realtime] skipped an unreadable ${label}`, error);
  }
}

/**
 * Durable storage of Yjs docs as snapshot + append-only update log. Every database operation runs
 * on one serial chain, so a compaction never races a commit or a load.
 */
export function createPersistence(options: { metrics: Metrics; store: DocStore }): Persistence {
  const { metrics, store } = options;
  let pending = emptyQueue();
  let inFlight = emptyQueue();
  let chain: Promise<void> = Promise.resolve();
  let flushScheduled = false;
  let closed = false;
  let compactions: Promise<void> = Promise.resolve();
  const batchListeners: (() => void)[] = [];
  const backlogListeners: ((backlogged: boolean) => void)[] = [];
  let backlogged = false;

  function setBacklogged(value: boolean): void {
    if (backlogged === value) return;
    backlogged = value;
    for (const listener of backlogListeners) {
      try {
        listener(value);
      } catch (error) {
        console.error("[realtime] a backlog listener failed", error);
      }
    }
  }

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = chain.then(task);
    chain = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  function takeBatch(): AppendQueue {
    if (pending.entries.length <= MAX_ROWS_PER_COMMIT) {
      const batch = pending;
      pending = emptyQueue();
      return batch;
    }
    const batch = {
      entries: pending.entries.slice(0, MAX_ROWS_PER_COMMIT),
      enqueuedAt: pending.enqueuedAt.slice(0, MAX_ROWS_PER_COMMIT),
    };
    pending = {
      entries: pending.entries.slice(MAX_ROWS_PER_COMMIT),
      enqueuedAt: pending.enqueuedAt.slice(MAX_ROWS_PER_COMMIT),
    };
    return batch;
  }

  function recordCommit(batch: AppendQueue, started: number, ids: number[]): void {
    const committedAt = performance.now();
    metrics.commitLatency.record(committedAt - started);
    for (const enqueuedAt of batch.enqueuedAt) metrics.commitLag.record(committedAt - enqueuedAt);
    metrics.updatesPersisted += ids.length;
  }

  async function commitBatch(): Promise<void> {
    flushScheduled = false;
    try {
      await commitQueued();
    } finally {
      // Whatever happened: paused sockets must never wait on a commit nobody scheduled.
      setBacklogged(false);
    }
  }

  async function commitQueued(): Promise<void> {
    while (pending.entries.length > 0) {
      const batch = takeBatch();
      const { entries } = batch;
      inFlight = batch;
      const started = performance.now();
      let committed: number[] | null = null;
      try {
        const ids = await store.append(
          entries.map((entry) => ({
            workshopId: entry.address.workshopId,
            docName: entry.address.docName,
            update: entry.update,
          })),
        );
        recordCommit(batch, started, ids);
        committed = ids;
      } catch (error) {
        metrics.persistenceErrors += 1;
        console.error("[realtime] group commit failed", error);
        for (const entry of entries) entry.onFailed(error);
      }
      // Each entry on its own: one callback that throws must not fail the rest of the batch,
      // which is committed whatever happens here.
      if (committed) {
        for (let index = 0; index < entries.length; index++) {
          const id = committed[index];
          if (id === undefined) continue;
          try {
            entries[index]?.onCommitted(id);
          } catch (error) {
            metrics.persistenceErrors += 1;
            console.error("[realtime] an update was committed but not applied", error);
          }
        }
      }
      for (const listener of batchListeners) {
        try {
          listener();
        } catch (error) {
          metrics.persistenceErrors += 1;
          console.error("[realtime] applying a committed batch failed", error);
        }
      }
      inFlight = emptyQueue();
    }
  }

  async function readDoc(address: RoomAddress): Promise<LoadedDoc> {
    const { snapshot, updates } = await store.read(address);
    const doc = new Y.Doc({ gc: true });
    if (snapshot) tryApply(doc, snapshot.state, "snapshot");
    for (const row of updates) tryApply(doc, row.update, `update ${row.id}`);
    const lastUpdateId = updates.reduce(
      (max, row) => Math.max(max, row.id),
      snapshot?.lastUpdateId ?? 0,
    );
    return { doc, lastUpdateId, updateIds: updates.map((row) => row.id) };
  }

  return {
    async load(address) {
      return enqueue(() => readDoc(address));
    },

    readUpdates: (address) => store.readUpdates(address),

    append(entry) {
      // Not copied: the connection already copied the update off the socket's receive buffer.
      pending.entries.push(entry);
      pending.enqueuedAt.push(performance.now());
      if (pending.entries.length >= BACKLOG_ROWS) setBacklogged(true);
      if (flushScheduled) return;
      flushScheduled = true;
      // setImmediate lets every message already read from the sockets join this batch.
      setImmediate(() => void enqueue(commitBatch));
    },

    async compact(address, read) {
      const task = async () => {
        const current = read();
        const done = await store.compact(address, current.state, current.foldedIds);
        if (done) metrics.compactions += 1;
        return done;
      };
      // On PostgreSQL a compaction is a transaction of several round trips on a connection of its
      // own; it never races a commit (it deletes only rows already folded) or a load (one
      // consistent read), so it runs beside the commit queue, one at a time, instead of holding it.
      if (store.provider === "postgres") {
        const result = compactions.then(task);
        compactions = result.then(
          () => undefined,
          () => undefined,
        );
        return result;
      }
      return enqueue(task);
    },

    onBatchCommitted(listener) {
      batchListeners.push(listener);
    },

    onBacklogChanged(listener) {
      backlogListeners.push(listener);
    },

    listDocNames(workshopId, prefix) {
      return enqueue(() => store.listDocNames(workshopId, prefix));
    },

    async flush() {
      await enqueue(commitBatch);
    },

    async close() {
      if (closed) return;
      closed = true;
      await enqueue(commitBatch);
      await compactions;
    },

    lag() {
      const oldest = inFlight.enqueuedAt[0] ?? pending.enqueuedAt[0];
      return {
        pendingUpdates: inFlight.entries.length + pending.entries.length,
        oldestPendingMs: oldest === undefined ? 0 : Math.round(performance.now() - oldest),
      };
    },
  };
}
