// The one owner of the stored documents (tables DocUpdate and DocSnapshot): the realtime server's
// hot path goes through a DocStore (sqlite-doc-store.ts, prepared statements); the app's readers
// (load-workshop-docs.ts, workshop-docs-version.ts) and the import (import-doc-snapshots.ts) are
// the only other code that touches these tables.

export type UpdateRow = { workshopId: string; docName: string; update: Uint8Array };

export type DocKey = { workshopId: string; docName: string };

export type StoredDoc = {
  snapshot: { state: Uint8Array; lastUpdateId: number } | null;
  /** Updates after the snapshot, oldest first. */
  updates: { id: number; update: Uint8Array }[];
};

/** Storage of Yjs docs: a snapshot per doc plus an append-only update log. */
export type DocStore = {
  /** Inserts the rows in order, atomically; returns their ids in the same order. */
  append(rows: UpdateRow[]): number[];
  read(key: DocKey): StoredDoc;
  /** Replaces the snapshot and deletes the updates it folds in, in one transaction. */
  compact(key: DocKey, state: Uint8Array, lastUpdateId: number): void;
  /** Deletes one update row (one that was committed but could not be applied). */
  discard(updateId: number): void;
  /** Names of a workshop's stored docs (snapshot or updates) that start with `prefix`, sorted. */
  listDocNames(workshopId: string, prefix: string): string[];
  close(): Promise<void>;
};

/** Opens a store; the realtime server opens it on first use and closes it when it closes. */
export type OpenDocStore = () => DocStore;
