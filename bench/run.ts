// npm run bench [-- --quick] [--servers ours,reference] [--rooms 10,100] [--workers N] [--unload]
//                [--instances N] [--postgres] [--replay] [--no-replay] [--replay-rooms N]
// --replay: only the server-only replay (bench/replay/: the 100-room load's client frames fed to
// ours and to the reference in-process, CPU µs per update); the full run ends with it too.
// --instances N: ours as N app instances on PostgreSQL + Redis (each room's clients split across
// them); --postgres: ours alone on PostgreSQL. Both need `npm run test:setup` (PostgreSQL, Redis).
// Our realtime server and the two peers, one after another, under the same room load.
import path from "node:path";
import type { ServerKind } from "./load/messages";
import { describeMachine } from "./lib/machine";
import { measureRun, type RunResult } from "./lib/measure-run";
import { formatTable, writeResults } from "./lib/report";
import { formatReplay, runReplay, type ReplayResult } from "./replay/run-replay";

const CLIENTS_PER_ROOM = 12;
const EDITS_PER_SECOND = Number(process.env.BENCH_EDITS ?? 2);
const ALL_SERVERS: ServerKind[] = ["ours", "reference", "hocuspocus"];

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function list(name: string): string[] | undefined {
  return flag(name)
    ?.split(",")
    .map((item) => item.trim());
}

/** Load-generator processes: about one per 600 clients, at most 4 on this 2-core machine. */
function defaultWorkers(clients: number): number {
  return Math.max(1, Math.min(4, Math.ceil(clients / 600)));
}

const quick = process.argv.includes("--quick");
const replayOnly = process.argv.includes("--replay");
const withReplay =
  replayOnly || (!quick && !process.argv.includes("--no-replay") && !flag("instances"));
const REPLAY_ROOMS = Number(flag("replay-rooms") ?? 100);
const REPLAY_REPEATS = 3;
// Waiting for our server to unload every room adds ~35 s a run: on by default in the full run.
const checkUnload =
  process.argv.includes("--unload") || (!quick && !process.argv.includes("--no-unload"));
const serverList = (list("servers") as ServerKind[] | undefined) ?? ALL_SERVERS;
const roomCounts = replayOnly
  ? []
  : (list("rooms")?.map(Number) ?? (quick ? [10, 100] : [10, 100, 500]));
// A server's code is compiled by V8 as it runs: until it has handled a few thousand updates its
// CPU per update counts the compiler (perf, 10 rooms after 5 s: V8's compiler threads 35 % of the
// process). The full run warms up until about 7,200 updates were sent, at least 5 s: 30 s at
// 10 rooms, 5 s from 100; a long-running server is measured, not its first seconds.
const WARMUP_UPDATES = 7_200;
function warmupMsFor(rooms: number): number {
  const given = flag("warmup");
  if (given !== undefined) return Number(given) * 1000;
  if (quick) return 3_000;
  const updatesPerSecond = rooms * CLIENTS_PER_ROOM * EDITS_PER_SECOND;
  return Math.max(5, Math.ceil(WARMUP_UPDATES / updatesPerSecond)) * 1000;
}
const measureMs = Number(flag("measure") ?? (quick ? 4 : 15)) * 1000;
const workersFlag = flag("workers");
const instances = Number(flag("instances") ?? 1);
const postgres = process.argv.includes("--postgres");
const servers =
  instances > 1 || postgres
    ? ((list("servers") as ServerKind[] | undefined) ?? ["ours"])
    : serverList;
const machine = describeMachine();
const startedAt = new Date().toISOString();
const runs: RunResult[] = [];

console.log(
  `bench (${quick ? "quick" : "full"}): ${servers.join(", ")} × ${roomCounts.join(", ")} rooms of ` +
    `${CLIENTS_PER_ROOM}, ${EDITS_PER_SECOND} edits/s per client; load ${machine.load_average_at_start.join(" ")}`,
);
for (const rooms of roomCounts) {
  for (const kind of servers) {
    const workers = Number(workersFlag ?? defaultWorkers(rooms * CLIENTS_PER_ROOM));
    const label = kind === "ours" && instances > 1 ? `${kind} ×${instances} instances` : kind;
    process.stdout.write(`  ${label} × ${rooms} rooms (${workers} generator processes)… `);
    try {
      const run = await measureRun({
        kind,
        rooms,
        clientsPerRoom: CLIENTS_PER_ROOM,
        editsPerSecond: EDITS_PER_SECOND,
        warmupMs: warmupMsFor(rooms),
        measureMs,
        workers,
        checkUnload,
        instances,
        postgres,
      });
      runs.push(run);
      console.log(
        `p99 ${run.p99_ms} ms${run.p99_cross_ms === null ? "" : ` (cross-instance ${run.p99_cross_ms} ms)`}, dropped ${run.dropped}`,
      );
    } catch (error) {
      console.log(`failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

let replay: ReplayResult[] = [];
if (withReplay) {
  try {
    replay = await runReplay({
      rooms: REPLAY_ROOMS,
      clientsPerRoom: CLIENTS_PER_ROOM,
      editsPerSecond: EDITS_PER_SECOND,
      repeats: REPLAY_REPEATS,
      fresh: process.argv.includes("--fresh-capture"),
    });
  } catch (error) {
    console.log(`replay failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

if (runs.length > 0) console.log(`\n${formatTable(runs)}\n`);
if (replay.length > 0) console.log(`${formatReplay(replay)}\n`);
// The multi-instance figures go to their own file, next to the single-process ones.
const file = path.join(
  import.meta.dirname,
  "results",
  replayOnly
    ? "replay.json"
    : instances > 1
      ? "instances.json"
      : postgres
        ? "postgres.json"
        : "latest.json",
);
writeResults({
  file,
  machine,
  mode: quick ? "quick" : "full",
  startedAt,
  runs,
  replay,
  notes: [
    `rooms of ${CLIENTS_PER_ROOM} clients, each setting its own note key ${EDITS_PER_SECOND}×/s`,
    `warm-up ${roomCounts.map((rooms) => `${warmupMsFor(rooms) / 1000} s at ${rooms} rooms`).join(", ")}, measured ${measureMs / 1000} s per run`,
    "latency: sender to each other client, same process clock; rss_mb at the end of the window",
    "commit_p50/p95_ms (ours): arrival to committed row, median of 1 s health() readings",
  ],
});
console.log(`wrote ${path.relative(process.cwd(), file)}`);
process.exit(runs.length > 0 || replay.length > 0 ? 0 : 1);
