import Database from "better-sqlite3";
import { databaseFilePath, resolveDatabaseUrl } from "@/lib/config/runtime-env";
import type { DocKey, DocStore, StoredDoc, UpdateRow } from "./doc-store";
import { startWalCheckpointer } from "./wal-checkpointer";

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Prisma's own DateTime text format, so a column reads the same whoever wrote the row. */
function prismaNow(): string {
  return new Date().toISOString().replace("Z", "+00:00");
}

/**
 * Opens its own better-sqlite3 connection to the app's database file with prepared statements.
 * Through Prisma, one insert cost ~1.4 ms of CPU and 2.3 ms of wall time (its query compiler and
 * driver adapter) against 0.04 ms prepared; under load that was most of the server's CPU and all
 * of its commit lag, and each compaction held the event loop for milliseconds (bench/,
 * BENCHMARKS.md). The rest of the app reads these tables through Prisma.
 */
export function openDocStore(url: string = resolveDatabaseUrl()): DocStore {
  const file = databaseFilePath(url);
  const sqlite = new Database(file);
  // Same settings as lib/db's connection: WAL (set on the file at start) with NORMAL keeps every
  // committed transaction across a process crash.
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  // Checkpoints happen on a worker thread instead of inside our commits (see wal-checkpointer).
  sqlite.pragma("wal_autocheckpoint = 0");
  const checkpointer = startWalCheckpointer({
    file,
    onFailure: () => {
      if (sqlite.open) sqlite.pragma("wal_autocheckpoint = 1000");
    },
  });

  const insert = sqlite
    .prepare<[string, string, Buffer, string], number>(
      'INSERT INTO "DocUpdate" ("workshopId", "docName", "update", "createdAt") VALUES (?, ?, ?, ?) RETURNING "id"',
    )
    .pluck();
  const selectSnapshot = sqlite.prepare<[string, string], { state: Buffer; lastUpdateId: number }>(
    'SELECT "state", "lastUpdateId" FROM "DocSnapshot" WHERE "workshopId" = ? AND "docName" = ?',
  );
  const selectUpdates = sqlite.prepare<[string, string, number], { id: number; update: Buffer }>(
    'SELECT "id", "update" FROM "DocUpdate" WHERE "workshopId" = ? AND "docName" = ? AND "id" > ? ORDER BY "id"',
  );
  const upsertSnapshot = sqlite.prepare<[string, string, Buffer, number, string]>(
    'INSERT INTO "DocSnapshot" ("workshopId", "docName", "state", "lastUpdateId", "updatedAt") VALUES (?, ?, ?, ?, ?) ' +
      'ON CONFLICT ("workshopId", "docName") DO UPDATE SET "state" = excluded."state", "lastUpdateId" = excluded."lastUpdateId", "updatedAt" = excluded."updatedAt"',
  );
  const deleteFolded = sqlite.prepare<[string, string, number]>(
    'DELETE FROM "DocUpdate" WHERE "workshopId" = ? AND "docName" = ? AND "id" <= ?',
  );

  const deleteOne = sqlite.prepare<[number]>('DELETE FROM "DocUpdate" WHERE "id" = ?');
  const selectDocNames = sqlite
    .prepare<[string, string, string, string, string, string], string>(
      'SELECT "docName" FROM "DocSnapshot" WHERE "workshopId" = ? AND substr("docName", 1, length(?)) = ? ' +
        'UNION SELECT DISTINCT "docName" FROM "DocUpdate" WHERE "workshopId" = ? AND substr("docName", 1, length(?)) = ? ' +
        'ORDER BY "docName"',
    )
    .pluck();

  const appendAll = sqlite.transaction((rows: UpdateRow[], createdAt: string): number[] =>
    rows.map((row) => {
      const id = insert.get(row.workshopId, row.docName, asBuffer(row.update), createdAt);
      if (id === undefined) throw new Error("INSERT … RETURNING gave no id");
      return id;
    }),
  );
  const readAll = sqlite.transaction((key: DocKey): StoredDoc => {
    const snapshot = selectSnapshot.get(key.workshopId, key.docName) ?? null;
    const updates = selectUpdates.all(key.workshopId, key.docName, snapshot?.lastUpdateId ?? 0);
    return { snapshot, updates };
  });
  const compactAll = sqlite.transaction((key: DocKey, state: Buffer, lastUpdateId: number) => {
    upsertSnapshot.run(key.workshopId, key.docName, state, lastUpdateId, prismaNow());
    deleteFolded.run(key.workshopId, key.docName, lastUpdateId);
  });

  return {
    append: (rows) => appendAll(rows, prismaNow()),
    read: (key) => readAll(key),
    compact: (key, state, lastUpdateId) => compactAll(key, asBuffer(state), lastUpdateId),
    discard: (updateId) => void deleteOne.run(updateId),
    listDocNames: (workshopId, prefix) =>
      selectDocNames.all(workshopId, prefix, prefix, workshopId, prefix, prefix),
    async close() {
      sqlite.close();
      await checkpointer.stop();
    },
  };
}
