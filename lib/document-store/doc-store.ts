// The one owner of the stored documents (tables DocUpdate and DocSnapshot): every read and write of
// them goes through a DocStore (sqlite-doc-store.ts, postgres-doc-store.ts; open-doc-store.ts picks
// one by DATABASE_URL). The realtime server gets one from server.ts; the app's readers
// (load-workshop-docs.ts, workshop-docs-version.ts) use the same store through registry.ts; the
// import writes a new workshop's first snapshots inside its creating transaction
// (import-doc-snapshots.ts). On SQLite the realtime server's appends reach the DocUpdate table
// through an update journal (journaled-appends.ts): read them through a store, or settle() first.

export type UpdateRow = { workshopId: string; docName: string; update: Uint8Array };

export type DocKey = { workshopId: string; docName: string };

export type StoredDoc = {
  snapshot: { state: Uint8Array; lastUpdateId: number } | null;
  /**
   * Every update row not folded into the snapshot yet, oldest first. Not "ids above the snapshot's":
   * with several writers an update holding id N can commit after a compaction folded N+1.
   */
  updates: { id: number; update: Uint8Array }[];
};

/** Storage of Yjs docs: a snapshot per doc plus an append-only update log. */
export type DocStore = {
  readonly provider: "sqlite" | "postgres";
  /** Inserts the rows in order, atomically (one group commit); returns their ids in that order. */
  append(rows: UpdateRow[]): Promise<number[]>;
  /** Snapshot and remaining updates, read consistently (no compaction in between). */
  read(key: DocKey): Promise<StoredDoc>;
  /** The remaining updates alone, oldest first. */
  readUpdates(key: DocKey): Promise<StoredDoc["updates"]>;
  /**
   * Folds `state` into the snapshot and deletes exactly the update rows `foldedIds` (all of which
   * `state` contains), in one transaction. On PostgreSQL several instances compact the same doc:
   * under a per-doc advisory lock the stored snapshot is merged with `state` (Yjs merges are
   * idempotent), so nothing another instance folded before is lost. Resolves false, having done
   * nothing, when another instance holds that lock (its caller tries again later).
   */
  compact(key: DocKey, state: Uint8Array, foldedIds: readonly number[]): Promise<boolean>;
  /** Names of a workshop's stored docs (snapshot or updates) that start with `prefix`, sorted. */
  listDocNames(workshopId: string, prefix: string): Promise<string[]>;
  /** Highest update id committed for the workshop (folded or not); grows with every commit. */
  lastUpdateId(workshopId: string): Promise<number>;
  /**
   * Makes every committed append visible to other connections to the database (SQLite commits
   * appends to a journal first and folds them into the table in batches; this folds now). Every
   * method above already reads through it.
   */
  settle(): Promise<void>;
  close(): Promise<void>;
};
