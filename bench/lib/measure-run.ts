// One benchmark run: a fresh server, the room load, a measured window, a drain and a convergence
// check, reduced to one row of the results.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { addSparse, createHistogram, percentile } from "../load/histogram";
import type { FinishReport, ServerKind, Target, WorkerReply } from "../load/messages";
import { startGenerator } from "./generator";
import { benchRoomIds, createOurDatabase, type OurDatabase } from "./our-database";
import { createOurPostgresDatabase, startBenchRedis, type BenchRedis } from "./our-postgres";
import { cpuSeconds, cpuSecondsOfAll, rssMb } from "./proc-stats";
import { startServer, type ServerProcess } from "./server-process";

export type RunOptions = {
  kind: ServerKind;
  rooms: number;
  clientsPerRoom: number;
  editsPerSecond: number;
  warmupMs: number;
  measureMs: number;
  workers: number;
  /** Ours only: after the clients leave, wait for every room to be unloaded and report when. */
  checkUnload?: boolean;
  /**
   * Ours only: N app instances on one PostgreSQL database and one Redis (its own redis-server),
   * each room's clients split across them. 1 (the default) is the single process.
   */
  instances?: number;
  /** Ours only: PostgreSQL instead of SQLite (implied by instances > 1). */
  postgres?: boolean;
};

export type RunResult = {
  server: ServerKind;
  instances: number;
  database: "sqlite" | "postgres" | null;
  /** Deliveries between clients of one instance, and between instances (instances > 1). */
  p50_same_ms: number | null;
  p99_same_ms: number | null;
  p50_cross_ms: number | null;
  p99_cross_ms: number | null;
  /** CPU of the PostgreSQL server (all its processes) and Redis over the window. */
  db_cpu_pct: number | null;
  redis_cpu_pct: number | null;
  /** Edits per CPU second of the app instances, PostgreSQL and Redis together. */
  updates_per_cpu_s_all: number | null;
  rooms: number;
  clients: number;
  p50_ms: number | null;
  p99_ms: number | null;
  max_ms: number | null;
  dropped: number;
  duplicates: number;
  echoes: number;
  disconnects: number;
  rooms_converged: number;
  updates_per_s: number;
  updates_per_cpu_s: number | null;
  server_cpu_pct: number;
  generator_cpu_pct: number;
  rss_mb: number;
  rss_per_room_mb: number;
  rss_per_connection_kb: number;
  commit_p50_ms: number | null;
  commit_p95_ms: number | null;
  commit_p95_worst_ms: number | null;
  connect_s: number;
  /** Seconds from the last client leaving until the server held no rooms (null: not checked). */
  unloaded_after_s?: number | null;
  rss_after_unload_mb?: number | null;
};

// Rooms are evicted 30 s after their last client leaves, by a sweep every 5 s.
const UNLOAD_WAIT_MS = 60_000;

async function waitForUnload(
  server: ServerProcess,
): Promise<{ seconds: number | null; rss: number }> {
  const started = performance.now();
  while (performance.now() - started < UNLOAD_WAIT_MS) {
    const health = await server.health();
    if (health?.roomsInMemory === 0) {
      return {
        seconds: round((performance.now() - started) / 1000, 1) ?? 0,
        rss: rssMb(server.pid),
      };
    }
    await sleep(500);
  }
  return { seconds: null, rss: rssMb(server.pid) };
}

const DRAIN_MS = 5_000;
// One room's clients connect, edit and leave before the baseline RSS is read, so what a server
// loads, compiles or caches on first use is not charged to the connections (at 10 rooms, a few MB
// of it came to tens of KB per connection). Every server gets the same warm-up.
const WARM_UP_EDIT_MS = 2_000;
const WARM_UP_SETTLE_MS = 1_000;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function round(value: number | null, digits = 2): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
}

function sentOf(replies: WorkerReply[]): number {
  return replies.reduce((total, reply) => total + ((reply.ok && reply.sent) || 0), 0);
}

function summarize(reports: FinishReport[]) {
  const histogram = createHistogram();
  const same = createHistogram();
  const cross = createHistogram();
  let maxMs = 0;
  for (const report of reports) {
    addSparse(histogram, report.histogram, report.maxMs);
    addSparse(same, report.sameInstance, report.maxMs);
    addSparse(cross, report.crossInstance, report.maxMs);
    maxMs = Math.max(maxMs, report.maxMs);
  }
  const sum = (pick: (report: FinishReport) => number) =>
    reports.reduce((total, report) => total + pick(report), 0);
  return {
    p50: percentile(histogram, 50),
    p99: percentile(histogram, 99),
    p50Same: percentile(same, 50),
    p99Same: percentile(same, 99),
    p50Cross: cross.total > 0 ? percentile(cross, 50) : null,
    p99Cross: cross.total > 0 ? percentile(cross, 99) : null,
    max: histogram.total > 0 ? maxMs : null,
    dropped: sum((report) => report.expected - report.delivered),
    duplicates: sum((report) => report.duplicates),
    echoes: sum((report) => report.echoes),
    disconnects: sum((report) => report.disconnects),
    converged: sum((report) => report.roomsConverged),
  };
}

export async function measureRun(options: RunOptions): Promise<RunResult> {
  const clients = options.rooms * options.clientsPerRoom;
  const instances = options.kind === "ours" ? Math.max(1, options.instances ?? 1) : 1;
  const postgres = options.kind === "ours" && (instances > 1 || options.postgres === true);
  let ours: (OurDatabase & { close?(): Promise<void> }) | null = null;
  if (options.kind === "ours") {
    ours = postgres ? await createOurPostgresDatabase(options) : await createOurDatabase(options);
  }
  const redis: BenchRedis | null = instances > 1 ? await startBenchRedis() : null;
  const dataDir = mkdtempSync(path.join(tmpdir(), `bench-${options.kind}-`));
  const servers: ServerProcess[] = [];
  try {
    for (let index = 0; index < instances; index++) {
      servers.push(
        await startServer({
          kind: options.kind,
          env: {
            ...ours?.env,
            BENCH_DATA_DIR: dataDir,
            ...(redis ? { REDIS_URL: redis.url } : {}),
          },
        }),
      );
    }
  } catch (error) {
    await Promise.all(servers.map((each) => each.stop()));
    await redis?.stop();
    throw error;
  }
  const server = servers[0] as ServerProcess;
  const allCpu = () => servers.reduce((total, each) => total + cpuSeconds(each.pid), 0);
  const allRss = () => servers.reduce((total, each) => total + rssMb(each.pid), 0);
  try {
    const target: Target = {
      kind: options.kind,
      port: server.port,
      ports: instances > 1 ? servers.map((each) => each.port) : undefined,
      cookies: ours?.cookies ?? [],
    };
    const warmUp = await startGenerator({
      target,
      roomIds: benchRoomIds(1),
      clientsPerRoom: options.clientsPerRoom,
      editsPerSecond: options.editsPerSecond,
      workers: 1,
    });
    await warmUp.all({ cmd: "edit", on: true });
    await sleep(WARM_UP_EDIT_MS);
    await warmUp.stop();
    await sleep(WARM_UP_SETTLE_MS);
    const baselineRss = allRss();
    const connectStarted = performance.now();
    const generator = await startGenerator({
      target,
      roomIds: benchRoomIds(options.rooms),
      clientsPerRoom: options.clientsPerRoom,
      editsPerSecond: options.editsPerSecond,
      workers: options.workers,
    });
    const connectS = (performance.now() - connectStarted) / 1000;
    try {
      await generator.all({ cmd: "edit", on: true });
      await sleep(options.warmupMs);

      const sentBefore = sentOf(await generator.all({ cmd: "record", on: true }));
      const started = performance.now();
      const serverCpu0 = allCpu();
      const dbCpu0 = postgres ? cpuSecondsOfAll("postgres") : 0;
      const redisCpu0 = redis ? cpuSeconds(redis.pid) : 0;
      const generatorCpu0 = generator.pids.reduce((total, pid) => total + cpuSeconds(pid), 0);
      const commitP50s: number[] = [];
      const commitP95s: number[] = [];
      while (performance.now() - started < options.measureMs) {
        await sleep(Math.min(1_000, options.measureMs - (performance.now() - started)));
        for (const each of servers) {
          const health = await each.health();
          if (health?.persistence.commitLagP50Ms != null) {
            commitP50s.push(health.persistence.commitLagP50Ms);
          }
          if (health?.persistence.commitLagP95Ms != null) {
            commitP95s.push(health.persistence.commitLagP95Ms);
          }
        }
      }
      const serverCpu = allCpu() - serverCpu0;
      const dbCpu = postgres ? cpuSecondsOfAll("postgres") - dbCpu0 : null;
      const redisCpu = redis ? cpuSeconds(redis.pid) - redisCpu0 : null;
      const generatorCpu =
        generator.pids.reduce((total, pid) => total + cpuSeconds(pid), 0) - generatorCpu0;
      const seconds = (performance.now() - started) / 1000;
      const rss = allRss();
      const sent = sentOf(await generator.all({ cmd: "record", on: false })) - sentBefore;

      const replies = await generator.all({ cmd: "finish", drainMs: DRAIN_MS });
      const summary = summarize(replies.flatMap((reply) => (reply.ok && reply.finish) || []));
      let unload: { seconds: number | null; rss: number } | null = null;
      if (options.checkUnload && options.kind === "ours") {
        await generator.stop();
        // Every instance's rooms unloaded: the slowest one's time, their memory together.
        const each = await Promise.all(servers.map((one) => waitForUnload(one)));
        unload = {
          seconds: each.some((one) => one.seconds === null)
            ? null
            : Math.max(...each.map((one) => one.seconds ?? 0)),
          rss: each.reduce((total, one) => total + one.rss, 0),
        };
      }
      const cpuAll = serverCpu + (dbCpu ?? 0) + (redisCpu ?? 0);
      return {
        server: options.kind,
        instances,
        database: options.kind === "ours" ? (postgres ? "postgres" : "sqlite") : null,
        p50_same_ms: instances > 1 ? round(summary.p50Same) : null,
        p99_same_ms: instances > 1 ? round(summary.p99Same) : null,
        p50_cross_ms: round(summary.p50Cross),
        p99_cross_ms: round(summary.p99Cross),
        db_cpu_pct: dbCpu === null ? null : Math.round((dbCpu / seconds) * 100),
        redis_cpu_pct: redisCpu === null ? null : Math.round((redisCpu / seconds) * 100),
        updates_per_cpu_s_all: cpuAll > 0 ? Math.round(sent / cpuAll) : null,
        rooms: options.rooms,
        clients,
        p50_ms: round(summary.p50),
        p99_ms: round(summary.p99),
        max_ms: round(summary.max),
        dropped: summary.dropped,
        duplicates: summary.duplicates,
        echoes: summary.echoes,
        disconnects: summary.disconnects,
        rooms_converged: summary.converged,
        updates_per_s: Math.round(sent / seconds),
        updates_per_cpu_s: serverCpu > 0 ? Math.round(sent / serverCpu) : null,
        server_cpu_pct: Math.round((serverCpu / seconds) * 100),
        generator_cpu_pct: Math.round((generatorCpu / seconds) * 100),
        rss_mb: Math.round(rss),
        rss_per_room_mb: round((rss - baselineRss) / options.rooms, 3) ?? 0,
        rss_per_connection_kb: Math.round(((rss - baselineRss) * 1024) / clients),
        commit_p50_ms: round(median(commitP50s)),
        commit_p95_ms: round(median(commitP95s)),
        commit_p95_worst_ms: commitP95s.length > 0 ? round(Math.max(...commitP95s)) : null,
        connect_s: round(connectS, 1) ?? 0,
        unloaded_after_s: unload ? unload.seconds : null,
        rss_after_unload_mb: unload ? Math.round(unload.rss) : null,
      };
    } finally {
      await generator.stop();
    }
  } finally {
    await Promise.all(servers.map((each) => each.stop()));
    await redis?.stop();
    if (ours?.close) await ours.close();
    else ours?.cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
