// npm run bench:commit [-- --commits N]
// The realtime server's commit path alone: single-update commits about a millisecond apart (a busy
// room's pace) into a migrated SQLite file in WAL mode, timed one by one. Compares SQLite's own
// checkpointing, which runs inside whichever commit crosses 1,000 WAL pages, with the doc store
// committing rows directly (checkpoints on a worker thread) and as shipped (commits to the update
// journal, folded into the table every 200 ms). Work between commits (a fold) shows as the 1 ms
// timer firing late.
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

type Timings = { commits: number[]; late: number[] };

async function timeCommits(append: Append): Promise<Timings> {
  const commits: number[] = [];
  const late: number[] = [];
  for (let index = 0; index < COMMITS; index++) {
    const started = performance.now();
    append();
    commits.push(performance.now() - started);
    const waited = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 1));
    late.push(Math.max(0, performance.now() - waited - 1));
  }
  return { commits, late };
}

function report(label: string, timings: Timings, walFile: string): void {
  const times = timings.commits;
  const sorted = [...times].sort((a, b) => a - b);
  const late = [...timings.late].sort((a, b) => a - b);
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
    `${percentile(late, 0.99).toFixed(2)} / ${(late.at(-1) ?? 0).toFixed(2)}`,
  ];
  console.log(`| ${cells.join(" | ")} |`);
}

async function main(): Promise<void> {
  console.log(`bench:commit: ${COMMITS} single-update commits, ~1 ms apart, per variant\n`);
  console.log(
    "| commits | p50 ms | p99 ms | p99.9 ms | max ms | commits > 2 ms | mean of those ms | WAL MB at end | timer late p99 / max ms |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|");

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
  report("rows, SQLite's own checkpoints inside commits", inlineTimes, `${file}-wal`);
  sqlite.close();
  inline.cleanup();

  for (const [label, updateJournal] of [
    ["rows, checkpoints on a worker thread", false],
    ["journal folded every 200 ms (as shipped)", true],
  ] as const) {
    const database = await createOurDatabase({ rooms: 1, clientsPerRoom: 1 });
    const storeFile = databaseFile(database);
    const store = openSqliteDocStore(`file:${storeFile}`, { updateJournal });
    const storeTimes = await timeCommits(() => {
      // Synchronous underneath: the row (or journal record) is committed when append returns.
      void store.append([{ ...KEY, update: UPDATE }]);
    });
    report(label, storeTimes, `${storeFile}-wal`);
    await store.close();
    database.cleanup();
  }
}

await main();
