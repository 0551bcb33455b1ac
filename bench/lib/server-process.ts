// A server under test in its own child process, found by the port it announces on stdout.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { pinnedCommand } from "./cpu-pinning";
import type { RealtimeHealth } from "@/lib/realtime/server/index";
import type { ServerKind } from "../load/messages";

export type ServerProcess = {
  kind: ServerKind;
  pid: number;
  port: number;
  /** Our server's health() (null for the peers). */
  health(): Promise<RealtimeHealth | null>;
  /** SIGTERM, then SIGKILL if it lingers. */
  stop(): Promise<void>;
  /** kill -9, resolved once the process is gone. */
  crash(): Promise<void>;
};

const SCRIPTS: Record<ServerKind, string> = {
  ours: "ours.ts",
  reference: "reference.ts",
  hocuspocus: "hocuspocus.ts",
};

function announcedPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let buffered = "";
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      for (const line of buffered.split("\n")) {
        if (!line.startsWith('{"benchPort"')) continue;
        child.stdout?.off("data", onData);
        resolve((JSON.parse(line) as { benchPort: number }).benchPort);
        return;
      }
    };
    child.stdout?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

export async function startServer(options: {
  kind: ServerKind;
  env?: Record<string, string>;
  port?: number;
}): Promise<ServerProcess> {
  const script = path.join(import.meta.dirname, "..", "servers", SCRIPTS[options.kind]);
  // node --import tsx: one process (the tsx CLI would add a wrapper), so /proc/<pid> is the server.
  // BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the server alone.
  const extra = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const pinned = pinnedCommand("server", process.execPath, [...extra, "--import", "tsx", script]);
  const child = spawn(pinned.command, pinned.args, {
    env: { ...process.env, ...options.env, BENCH_PORT: String(options.port ?? 0) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await announcedPort(child);
  // Keep draining stdout so a chatty server never blocks on a full pipe. BENCH_SERVER_STDOUT=<file>
  // keeps it (e.g. with BENCH_SERVER_NODE_ARGS="--trace-deopt").
  if (process.env.BENCH_SERVER_STDOUT) {
    child.stdout?.pipe(createWriteStream(process.env.BENCH_SERVER_STDOUT, { flags: "a" }));
  } else {
    child.stdout?.resume();
  }
  return {
    kind: options.kind,
    pid: child.pid ?? 0,
    port,
    async health() {
      if (options.kind !== "ours") return null;
      try {
        const response = await fetch(`http://127.0.0.1:${port}/collab/health`, {
          signal: AbortSignal.timeout(5_000),
        });
        return JSON.parse(await response.text()) as RealtimeHealth;
      } catch (error) {
        // A missed reading costs one sample, not the run.
        console.error(`\n  health() unreadable: ${error instanceof Error ? error.message : error}`);
        return null;
      }
    },
    async stop() {
      const gone = exited(child);
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await gone;
      clearTimeout(timer);
    },
    async crash() {
      const gone = exited(child);
      child.kill("SIGKILL");
      await gone;
    },
  };
}
