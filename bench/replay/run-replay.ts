// The server-only replay (npm run bench -- --replay): the 100-room load's client frames, recorded
// once (capture.ts), fed to ours and to the reference in-process (replay-server.ts, one child
// process per run, alternating), so the CPU per update does not depend on a load generator
// competing for the same cores.
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureCapture } from "./capture";

export type ReplayResult = {
  server: "ours" | "reference";
  rooms: number;
  clients: number;
  updates: number;
  deliveries: number;
  seconds: number;
  cpu_ms: number;
  cpu_pct: number;
  us_per_update: number;
  us_per_delivery: number;
  /** Process CPU ms per second while connected and synced, before any edit. */
  idle_cpu_ms_per_s: number;
  kb_out: number;
  refused: number;
  rss_mb: number;
  heap_kb_per_conn_synced: number | null;
  heap_kb_per_conn_edited: number | null;
};

const SCRIPT = path.join(import.meta.dirname, "replay-server.ts");

function replayOnce(server: "ours" | "reference", capture: string): Promise<ReplayResult> {
  return new Promise((resolve, reject) => {
    const extra = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...extra, "--import", "tsx", SCRIPT], {
      env: { ...process.env, REPLAY_SERVER: server, REPLAY_CAPTURE: capture },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => {
      const line = output.split("\n").find((each) => each.startsWith('{"replay"'));
      if (code !== 0 || !line) reject(new Error(`replay of ${server} exited with ${code}`));
      else resolve((JSON.parse(line) as { replay: ReplayResult }).replay);
    });
  });
}

export async function runReplay(options: {
  rooms: number;
  clientsPerRoom: number;
  editsPerSecond: number;
  /** Runs per server, alternating ours and the reference. */
  repeats: number;
  fresh?: boolean;
}): Promise<ReplayResult[]> {
  const capture = await ensureCapture({
    rooms: options.rooms,
    clientsPerRoom: options.clientsPerRoom,
    editsPerSecond: options.editsPerSecond,
    editSeconds: 8,
    workers: Math.max(1, Math.min(4, Math.ceil((options.rooms * options.clientsPerRoom) / 600))),
    fresh: options.fresh,
  });
  console.log(`replay: ${path.relative(process.cwd(), capture) || capture}`);
  const results: ReplayResult[] = [];
  for (let round = 0; round < options.repeats; round++) {
    for (const server of ["ours", "reference"] as const) {
      const result = await replayOnce(server, capture);
      console.log(
        `  ${server} replay ${round + 1}: ${result.us_per_update} µs/update, ` +
          `${result.us_per_delivery} µs/delivery (${result.updates} updates, cpu ${result.cpu_pct} %, idle ${result.idle_cpu_ms_per_s} ms/s)` +
          (result.heap_kb_per_conn_edited === null
            ? ""
            : `, live heap ${result.heap_kb_per_conn_synced} KB/conn synced, ` +
              `${result.heap_kb_per_conn_edited} KB/conn after the edits`),
      );
      results.push(result);
    }
  }
  return results;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function formatReplay(results: ReplayResult[]): string {
  const rows = (["ours", "reference"] as const).map((server) => {
    const runs = results.filter((result) => result.server === server);
    const perUpdate = runs.map((run) => run.us_per_update);
    return `| ${server} | ${runs[0]?.rooms ?? "-"} | ${runs.length} | ${median(perUpdate)} (${perUpdate.join(", ")}) | ${median(runs.map((run) => run.us_per_delivery))} | ${median(runs.map((run) => run.cpu_pct))} | ${median(runs.map((run) => run.idle_cpu_ms_per_s))} | ${runs.reduce((sum, run) => sum + run.refused, 0)} |`;
  });
  return [
    "| server | rooms | runs | µs/update median (each run) | µs/delivery | cpu % | idle cpu ms/s | refused |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}
