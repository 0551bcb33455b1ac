// One benchmark run: a fresh server, the room load, a measured window, a drain and a convergence
// check, reduced to one row of the results.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { addSparse, createHistogram, percentile } from "../load/histogram";
import type { FinishReport, ServerKind, Target, WorkerReply } from "../load/messages";
import { startGenerator } from "./generator";
import { benchRoomIds, createOurDatabase } from "./our-database";
import { cpuSeconds, rssMb } from "./proc-stats";
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
};

export type RunResult = {
  server: ServerKind;
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
  let maxMs = 0;
  for (const report of reports) {
    addSparse(histogram, report.histogram, report.maxMs);
    maxMs = Math.max(maxMs, report.maxMs);
  }
  const sum = (pick: (report: FinishReport) => number) =>
    reports.reduce((total, report) => total + pick(report), 0);
  return {
    p50: percentile(histogram, 50),
    p99: percentile(histogram, 99),
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
  const ours = options.kind === "ours" ? await createOurDatabase(options) : null;
  const dataDir = mkdtempSync(path.join(tmpdir(), `bench-${options.kind}-`));
  const server = await startServer({
    kind: options.kind,
    env: { ...ours?.env, BENCH_DATA_DIR: dataDir },
  });
  try {
    await sleep(500);
    const baselineRss = rssMb(server.pid);
    const target: Target = { kind: options.kind, port: server.port, cookies: ours?.cookies ?? [] };
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
      const serverCpu0 = cpuSeconds(server.pid);
      const generatorCpu0 = generator.pids.reduce((total, pid) => total + cpuSeconds(pid), 0);
      const commitP50s: number[] = [];
      const commitP95s: number[] = [];
      while (performance.now() - started < options.measureMs) {
        await sleep(Math.min(1_000, options.measureMs - (performance.now() - started)));
        const health = await server.health();
        if (health?.persistence.commitLagP50Ms != null) {
          commitP50s.push(health.persistence.commitLagP50Ms);
        }
        if (health?.persistence.commitLagP95Ms != null) {
          commitP95s.push(health.persistence.commitLagP95Ms);
        }
      }
      const serverCpu = cpuSeconds(server.pid) - serverCpu0;
      const generatorCpu =
        generator.pids.reduce((total, pid) => total + cpuSeconds(pid), 0) - generatorCpu0;
      const seconds = (performance.now() - started) / 1000;
      const rss = rssMb(server.pid);
      const sent = sentOf(await generator.all({ cmd: "record", on: false })) - sentBefore;

      const replies = await generator.all({ cmd: "finish", drainMs: DRAIN_MS });
      const summary = summarize(replies.flatMap((reply) => (reply.ok && reply.finish) || []));
      let unload: { seconds: number | null; rss: number } | null = null;
      if (options.checkUnload && options.kind === "ours") {
        await generator.stop();
        unload = await waitForUnload(server);
      }
      return {
        server: options.kind,
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
    await server.stop();
    ours?.cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
