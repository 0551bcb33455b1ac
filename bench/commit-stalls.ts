// npm run bench:commit [-- --commits N]
// The realtime server's commit path alone: single-update commits about a millisecond apart (a busy
// room's pace) into a migrated SQLite file in WAL mode, timed one by one. Compares SQLite's own
// checkpointing, which runs inside whichever commit crosses 1,000 WAL pages, with the doc store
// as shipped (checkpoints on a worker thread).
import Database from "better-sqlite3";
import { statSync } from "node:fs";
import { openSqliteDocStore } from "@/lib/document-store/sqlite-doc-store";
import { createOurDatabase, type OurDatabase } from "./lib/our-database";

const commitsFlag = process.argv.indexOf("--commits");
const COMMITS = commitsFlag >= 0 ? Number(process.argv[commitsFlag + 1]) : 6_000;
const UPDATE = new Uint8Array(30).fill(7);
const KEY = { workshopId: "bench-0", docName: "board" } as const;

type Append = () => void;

function databaseFile(database: OurDatabase): string {
  const url = database.env.DATABASE_URL;
  if (!url) throw new Error("the bench database has no DATABASE_URL");
  return url.replace(/^file:/, "");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

async function timeCommits(append: Append): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < COMMITS; index++) {
    const started = performance.now();
    append();
    times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return times;
}

function report(label: string, times: number[], walFile: string): void {
  const sorted = [...times].sort((a, b) => a - b);
  const stalls = times.filter((time) => time > 2);
  const wal = statSync(walFile, { throwIfNoEntry: false })?.size ?? 0;
  const cells = [
    label,
    percentile(sorted, 0.5).toFixed(3),
    percentile(sorted, 0.99).toFixed(3),
    percentile(sorted, 0.999).toFixed(2),
    (sorted.at(-1) ?? 0).toFixed(2),
    String(stalls.length),
    (stalls.reduce((sum, time) => sum + time, 0) / Math.max(1, stalls.length)).toFixed(1),
    (wal / 1024 / 1024).toFixed(1),
  ];
  console.log(`| ${cells.join(" | ")} |`);
}

async function main(): Promise<void> {
  console.log(`bench:commit: ${COMMITS} single-update commits, ~1 ms apart, per variant\n`);
  console.log(
    "| checkpoints | p50 ms | p99 ms | p99.9 ms | max ms | commits > 2 ms | mean of those ms | WAL MB at end |",
  );
  console.log("|---|---|---|---|---|---|---|---|");

  const inline = await createOurDatabase({ rooms: 1, clientsPerRoom: 1 });
  const file = databaseFile(inline);
  const sqlite = new Database(file);
  sqlite.pragma("synchronous = NORMAL");
  const insert = sqlite.prepare(
    'INSERT INTO "DocUpdate" ("workshopId", "docName", "update", "createdAt") VALUES (?, ?, ?, ?)',
  );
  const bytes = Buffer.from(UPDATE);
  const inlineTimes = await timeCommits(() => {
    insert.run(KEY.workshopId, KEY.docName, bytes, new Date().toISOString());
  });
  report("SQLite's own, inside commits", inlineTimes, `${file}-wal`);
  sqlite.close();
  inline.cleanup();

  const shipped = await createOurDatabase({ rooms: 1, clientsPerRoom: 1 });
  const shippedFile = databaseFile(shipped);
  const store = openSqliteDocStore(`file:${shippedFile}`);
  const storeTimes = await timeCommits(() => {
    // Synchronous underneath (better-sqlite3): the row is committed when append returns.
    void store.append([{ ...KEY, update: UPDATE }]);
  });
  report("worker thread (as shipped)", storeTimes, `${shippedFile}-wal`);
  await store.close();
  shipped.cleanup();
}

await main();
