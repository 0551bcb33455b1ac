import Database from "better-sqlite3";
import { databaseFilePath, resolveDatabaseUrl } from "@/lib/config/runtime-env";
import type { DocKey, DocStore, StoredDoc, UpdateRow } from "./doc-store";
import { joinJournaledAppends } from "./journaled-appends";
import { startWalCheckpointer, type WalCheckpointer } from "./wal-checkpointer";

/**
 * Prisma's own DateTime text format, so a column reads the same whoever wrote the row. Formatted
 * once per millisecond: at one group commit per update it was ~12 µs of a commit's ~115 (profile).
 */
function createPrismaClock(): (now?: number) => string {
  let formattedAt = Number.NaN;
  let formatted = "";
  return (now = Date.now()) => {
    if (now !== formattedAt) {
      formattedAt = now;
      formatted = new Date(now).toISOString().replace("Z", "+00:00");
    }
    return formatted;
  };
}

export type SqliteDocStoreOptions = {
  /**
   * Checkpoint the WAL from a worker thread instead of inside commits (the realtime server's
   * store). A store that only reads (route handlers without server.ts) leaves SQLite's own.
   */
  walCheckpointer?: boolean;
  /**
   * Commit appends to the update journal next to the database file, folded into the table in
   * batches (journaled-appends.ts): the realtime server's store. Off for a store that only reads.
   * Default: on.
   */
  updateJournal?: boolean;
};

/**
 * Opens its own better-sqlite3 connection to the app's database file with prepared statements.
 * Through Prisma, one insert cost ~1.4 ms of CPU and 2.3 ms of wall time (its query compiler and
 * driver adapter) against 0.04 ms prepared; under load that was most of the server's CPU and all
 * of its commit lag, and each compaction held the event loop for milliseconds (bench/,
 * BENCHMARKS.md). SQLite is the single-process mode: one writer, so a compaction replaces the
 * snapshot with the doc it folded (which was loaded from it). Appends are committed to an update
 * journal and folded into the table in batches (journaled-appends.ts); every read folds first.
 */
export function openSqliteDocStore(
  url: string = resolveDatabaseUrl(),
  options: SqliteDocStoreOptions = {},
): DocStore {
  const file = databaseFilePath(url);
  const sqlite = new Database(file);
  // Same settings as lib/db's connection: WAL (set on the file at start) with NORMAL keeps every
  // committed transaction across a process crash.
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  let checkpointer: WalCheckpointer | null = null;
  if (options.walCheckpointer ?? true) {
    // Checkpoints happen on a worker thread instead of inside our commits (see wal-checkpointer).
    sqlite.pragma("wal_autocheckpoint = 0");
    checkpointer = startWalCheckpointer({
      file,
      onFailure: () => {
        if (sqlite.open) sqlite.pragma("wal_autocheckpoint = 1000");
      },
    });
  }

  const prismaNow = createPrismaClock();
  // Plain INSERT and the connection's last rowid: RETURNING steps each row through a result set.
  const insert = sqlite.prepare<[string, string, Uint8Array, string]>(
    'INSERT INTO "DocUpdate" ("workshopId", "docName", "update", "createdAt") VALUES (?, ?, ?, ?)',
  );
  const selectSnapshot = sqlite.prepare<[string, string], { state: Buffer; lastUpdateId: number }>(
    'SELECT "state", "lastUpdateId" FROM "DocSnapshot" WHERE "workshopId" = ? AND "docName" = ?',
  );
  const selectUpdates = sqlite.prepare<[string, string], { id: number; update: Buffer }>(
    'SELECT "id", "update" FROM "DocUpdate" WHERE "workshopId" = ? AND "docName" = ? ORDER BY "id"',
  );
  const upsertSnapshot = sqlite.prepare<[string, string, Uint8Array, number, string]>(
    'INSERT INTO "DocSnapshot" ("workshopId", "docName", "state", "lastUpdateId", "updatedAt") VALUES (?, ?, ?, ?, ?) ' +
      'ON CONFLICT ("workshopId", "docName") DO UPDATE SET "state" = excluded."state", ' +
      '"lastUpdateId" = max("DocSnapshot"."lastUpdateId", excluded."lastUpdateId"), "updatedAt" = excluded."updatedAt"',
  );
  // Exactly the ids folded, as one statement (a JSON array of ids).
  const deleteFolded = sqlite.prepare<[string, string, string]>(
    'DELETE FROM "DocUpdate" WHERE "workshopId" = ? AND "docName" = ? AND "id" IN (SELECT "value" FROM json_each(?))',
  );
  const selectDocNames = sqlite
    .prepare<[string, string, string, string, string, string], string>(
      'SELECT "docName" FROM "DocSnapshot" WHERE "workshopId" = ? AND substr("docName", 1, length(?)) = ? ' +
        'UNION SELECT DISTINCT "docName" FROM "DocUpdate" WHERE "workshopId" = ? AND substr("docName", 1, length(?)) = ? ' +
        'ORDER BY "docName"',
    )
    .pluck();
  const selectLastId = sqlite
    .prepare<[string, string], number | null>(
      'SELECT max(coalesce((SELECT max("id") FROM "DocUpdate" WHERE "workshopId" = ?), 0), ' +
        'coalesce((SELECT max("lastUpdateId") FROM "DocSnapshot" WHERE "workshopId" = ?), 0))',
    )
    .pluck();

  // better-sqlite3 binds any Uint8Array (offset and length included) as a blob: no Buffer wrapper.
  const appendAll = sqlite.transaction((rows: UpdateRow[], createdAt: string): number[] => {
    const ids: number[] = [];
    for (const row of rows) {
      ids.push(
        Number(insert.run(row.workshopId, row.docName, row.update, createdAt).lastInsertRowid),
      );
    }
    return ids;
  });
  const readAll = sqlite.transaction((key: DocKey): StoredDoc => {
    const snapshot = selectSnapshot.get(key.workshopId, key.docName) ?? null;
    const updates = selectUpdates.all(key.workshopId, key.docName);
    return { snapshot, updates };
  });
  const compactAll = sqlite.transaction(
    (key: DocKey, state: Uint8Array, foldedIds: readonly number[]) => {
      const lastUpdateId = foldedIds.reduce((max, id) => Math.max(max, id), 0);
      upsertSnapshot.run(key.workshopId, key.docName, state, lastUpdateId, prismaNow());
      if (foldedIds.length > 0) {
        deleteFolded.run(key.workshopId, key.docName, JSON.stringify(foldedIds));
      }
    },
  );

  const journal =
    (options.updateJournal ?? true)
      ? joinJournaledAppends(file, {
          sqlite,
          noteWrite: () => checkpointer?.noteWrite(),
          formatTime: prismaNow,
        })
      : null;

  return {
    provider: "sqlite",
    // better-sqlite3 is synchronous: each call does its work before returning its promise.
    append: async (rows) => {
      const ids = journal?.append(rows);
      if (ids) return ids;
      // A lone row commits atomically on its own: no BEGIN and COMMIT statements around it.
      const [row] = rows;
      const directIds =
        rows.length === 1 && row
          ? [
              Number(
                insert.run(row.workshopId, row.docName, row.update, prismaNow()).lastInsertRowid,
              ),
            ]
          : appendAll(rows, prismaNow());
      checkpointer?.noteWrite();
      return directIds;
    },
    read: async (key) => {
      journal?.fold();
      return readAll(key);
    },
    readUpdates: async (key) => {
      journal?.fold();
      return selectUpdates.all(key.workshopId, key.docName);
    },
    compact: async (key, state, foldedIds) => {
      journal?.fold();
      compactAll(key, state, foldedIds);
      checkpointer?.noteWrite();
      return true;
    },
    listDocNames: async (workshopId, prefix) => {
      journal?.fold();
      return selectDocNames.all(workshopId, prefix, prefix, workshopId, prefix, prefix);
    },
    lastUpdateId: async (workshopId) => {
      journal?.fold();
      return selectLastId.get(workshopId, workshopId) ?? 0;
    },
    settle: async () => journal?.fold(),
    async close() {
      journal?.leave();
      sqlite.close();
      await checkpointer?.stop();
    },
  };
}
