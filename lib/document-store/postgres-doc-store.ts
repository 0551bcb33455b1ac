import pg from "pg";
import * as Y from "yjs";
import { postgresPoolConfig } from "@/lib/config/postgres-adapter";
import type { DocKey, DocStore } from "./doc-store";

// Namespace of the compaction locks (pg_advisory_xact_lock(namespace, hashtext(doc))), apart from
// Prisma's migration lock, which uses the one-argument form.
const COMPACTION_LOCK_NAMESPACE = 17_017;

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** UTC without a zone, as Prisma stores DateTime in a `timestamp(3)` column. */
function utcNow(): string {
  return new Date().toISOString().slice(0, 23);
}

/**
 * The update log on PostgreSQL through its own `pg` pool (Prisma's query compiler costs ~1 ms of CPU
 * per statement, see sqlite-doc-store.ts). A group commit is one statement whatever its size:
 * `INSERT … SELECT … FROM unnest(…)`. Several app instances write and compact the same docs:
 * compaction merges into the stored snapshot under a per-doc advisory lock and deletes exactly the
 * rows it folded; loading reads the snapshot and every remaining row in one statement.
 */
export function openPostgresDocStore(url: string, options: { max?: number } = {}): DocStore {
  const config = postgresPoolConfig(url);
  // The update log commits like the SQLite store (WAL, synchronous=NORMAL): a commit is durable
  // across a crash of the app (it is in PostgreSQL before anyone sees it relayed), and the server
  // flushes it to disk within a few hundred ms instead of inside each commit. Waiting for that
  // fsync made every group commit take 20–40 ms on this machine (BENCHMARKS.md).
  const sessionOptions = [config.options, "-c synchronous_commit=off"].filter(Boolean).join(" ");
  // Writes (group commits, compactions) have connections of their own, so a burst of reads (rooms
  // loading, catch-ups) never queues a commit behind it in the pool.
  const pool = new pg.Pool({ ...config, max: 2, options: sessionOptions });
  const readPool = new pg.Pool({ ...config, max: options.max ?? 3, options: sessionOptions });
  // An idle client's connection error (e.g. the server restarting) must not crash the process;
  // the next query gets a fresh connection.
  for (const each of [pool, readPool]) {
    each.on("error", (error) =>
      console.error("[doc-store] idle PostgreSQL connection lost", error),
    );
  }

  return {
    provider: "postgres",

    async append(rows) {
      if (rows.length === 0) return [];
      const result = await pool.query<{ id: number }>({
        name: "doc-append",
        text:
          'INSERT INTO "DocUpdate" ("workshopId", "docName", "update", "createdAt") ' +
          "SELECT u.w, u.d, u.b, $4::timestamp(3) FROM unnest($1::text[], $2::text[], $3::bytea[]) " +
          "WITH ORDINALITY AS u(w, d, b, n) ORDER BY u.n RETURNING id",
        values: [
          rows.map((row) => row.workshopId),
          rows.map((row) => row.docName),
          rows.map((row) => asBuffer(row.update)),
          utcNow(),
        ],
      });
      // Ids are drawn in insertion order (ORDER BY n): ascending ids are the rows' order.
      const ids = result.rows.map((row) => row.id).sort((a, b) => a - b);
      if (ids.length !== rows.length) throw new Error("INSERT … RETURNING gave too few ids");
      return ids;
    },

    async read(key) {
      // One statement, so one snapshot of the tables: a compaction commits wholly before or after.
      const result = await readPool.query<{ kind: number; id: number; bytes: Buffer }>({
        name: "doc-read",
        text:
          'SELECT 0 AS kind, "lastUpdateId" AS id, "state" AS bytes FROM "DocSnapshot" WHERE "workshopId" = $1 AND "docName" = $2 ' +
          'UNION ALL SELECT 1 AS kind, "id", "update" FROM "DocUpdate" WHERE "workshopId" = $1 AND "docName" = $2 ' +
          "ORDER BY kind, id",
        values: [key.workshopId, key.docName],
      });
      const first = result.rows[0];
      const snapshot =
        first?.kind === 0 ? { state: new Uint8Array(first.bytes), lastUpdateId: first.id } : null;
      const updates = result.rows
        .filter((row) => row.kind === 1)
        .map((row) => ({ id: row.id, update: new Uint8Array(row.bytes) }));
      return { snapshot, updates };
    },

    async readUpdates(key) {
      const result = await readPool.query<{ id: number; update: Buffer }>({
        name: "doc-read-updates",
        text: 'SELECT "id", "update" FROM "DocUpdate" WHERE "workshopId" = $1 AND "docName" = $2 ORDER BY "id"',
        values: [key.workshopId, key.docName],
      });
      return result.rows.map((row) => ({ id: row.id, update: new Uint8Array(row.update) }));
    },

    async compact(key: DocKey, state, foldedIds) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        // Another instance compacting the same doc: skip (it is folding the same content), rather
        // than hold a connection waiting for it.
        const locked = await client.query<{ locked: boolean }>(
          "SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked",
          [COMPACTION_LOCK_NAMESPACE, `${key.workshopId}/${key.docName}`],
        );
        if (!locked.rows[0]?.locked) {
          await client.query("ROLLBACK");
          return false;
        }
        const stored = await client.query<{ state: Buffer; lastUpdateId: number }>(
          'SELECT "state", "lastUpdateId" FROM "DocSnapshot" WHERE "workshopId" = $1 AND "docName" = $2',
          [key.workshopId, key.docName],
        );
        const previous = stored.rows[0];
        // Another instance may have folded (and deleted) updates this one never saw.
        const merged = previous ? Y.mergeUpdates([new Uint8Array(previous.state), state]) : state;
        const lastUpdateId = foldedIds.reduce(
          (max, id) => Math.max(max, id),
          previous?.lastUpdateId ?? 0,
        );
        await client.query(
          'INSERT INTO "DocSnapshot" ("workshopId", "docName", "state", "lastUpdateId", "updatedAt") VALUES ($1, $2, $3, $4, $5::timestamp(3)) ' +
            'ON CONFLICT ("workshopId", "docName") DO UPDATE SET "state" = excluded."state", "lastUpdateId" = excluded."lastUpdateId", "updatedAt" = excluded."updatedAt"',
          [key.workshopId, key.docName, asBuffer(merged), lastUpdateId, utcNow()],
        );
        if (foldedIds.length > 0) {
          await client.query(
            'DELETE FROM "DocUpdate" WHERE "workshopId" = $1 AND "docName" = $2 AND "id" = ANY($3::int[])',
            [key.workshopId, key.docName, [...foldedIds]],
          );
        }
        await client.query("COMMIT");
        return true;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },

    async listDocNames(workshopId, prefix) {
      const result = await readPool.query<{ docName: string }>(
        'SELECT "docName" FROM "DocSnapshot" WHERE "workshopId" = $1 AND left("docName", length($2)) = $2 ' +
          'UNION SELECT "docName" FROM "DocUpdate" WHERE "workshopId" = $1 AND left("docName", length($2)) = $2 ' +
          'ORDER BY "docName"',
        [workshopId, prefix],
      );
      return result.rows.map((row) => row.docName);
    },

    async lastUpdateId(workshopId) {
      const result = await readPool.query<{ last: number }>(
        'SELECT GREATEST(coalesce((SELECT max("id") FROM "DocUpdate" WHERE "workshopId" = $1), 0), ' +
          'coalesce((SELECT max("lastUpdateId") FROM "DocSnapshot" WHERE "workshopId" = $1), 0))::int AS last',
        [workshopId],
      );
      return result.rows[0]?.last ?? 0;
    },

    // Every append is its own committed transaction: nothing waits to become visible.
    settle: async () => undefined,

    async close() {
      await Promise.all([pool.end(), readPool.end()]);
    },
  };
}
