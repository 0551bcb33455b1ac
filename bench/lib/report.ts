// The printed table and bench/results/latest.json.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Machine } from "./machine";
import type { RunResult } from "./measure-run";

const COLUMNS: [string, (run: RunResult) => string][] = [
  [
    "server",
    (run) =>
      run.instances > 1
        ? `${run.server} ×${run.instances} (${run.database})`
        : run.database === "postgres"
          ? `${run.server} (postgres)`
          : run.server,
  ],
  ["rooms", (run) => String(run.rooms)],
  ["clients", (run) => String(run.clients)],
  ["p50 ms", (run) => String(run.p50_ms ?? "-")],
  ["p99 ms", (run) => String(run.p99_ms ?? "-")],
  ["max ms", (run) => String(run.max_ms ?? "-")],
  [
    "p50/p99 same / cross ms",
    (run) =>
      run.instances > 1
        ? `${run.p50_same_ms ?? "-"}/${run.p99_same_ms ?? "-"} / ${run.p50_cross_ms ?? "-"}/${run.p99_cross_ms ?? "-"}`
        : "-",
  ],
  ["dropped", (run) => String(run.dropped)],
  ["dup", (run) => String(run.duplicates)],
  ["converged", (run) => `${run.rooms_converged}/${run.rooms}`],
  ["upd/s", (run) => String(run.updates_per_s)],
  ["upd/cpu-s", (run) => String(run.updates_per_cpu_s ?? "-")],
  ["srv cpu%", (run) => String(run.server_cpu_pct)],
  [
    "db/redis cpu%",
    (run) => (run.db_cpu_pct === null ? "-" : `${run.db_cpu_pct}/${run.redis_cpu_pct ?? "-"}`),
  ],
  ["upd/cpu-s all", (run) => String(run.updates_per_cpu_s_all ?? "-")],
  ["gen cpu%", (run) => String(run.generator_cpu_pct)],
  ["rss MB", (run) => String(run.rss_mb)],
  ["KB/conn", (run) => String(run.rss_per_connection_kb)],
  ["commit p50/p95 ms", (run) => `${run.commit_p50_ms ?? "-"}/${run.commit_p95_ms ?? "-"}`],
  [
    "unloaded after s (rss MB)",
    (run) =>
      run.rss_after_unload_mb == null
        ? "-"
        : `${run.unloaded_after_s ?? "not within 60"} (${run.rss_after_unload_mb})`,
  ],
];

export function formatTable(runs: RunResult[]): string {
  const rows = [
    COLUMNS.map(([title]) => title),
    ...runs.map((run) => COLUMNS.map(([, get]) => get(run))),
  ];
  const widths = COLUMNS.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  const rule = `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`;
  const [header = [], ...body] = rows;
  return [line(header), rule, ...body.map(line)].join("\n");
}

export function writeResults(options: {
  file: string;
  machine: Machine;
  mode: string;
  startedAt: string;
  runs: RunResult[];
  /** The server-only replay (bench/replay), when it ran. */
  replay?: unknown[];
  notes: string[];
}): void {
  mkdirSync(path.dirname(options.file), { recursive: true });
  const { file, ...content } = options;
  writeFileSync(file, `${JSON.stringify({ ...content, machine: options.machine }, null, 2)}\n`);
}
