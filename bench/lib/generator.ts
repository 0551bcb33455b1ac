// The load generator seen from the parent: worker processes, each owning whole rooms (so a
// sender and its receivers share one clock), driven by commands over IPC.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pinnedCommand } from "./cpu-pinning";
import type { Target, WorkerCommand, WorkerReply } from "../load/messages";

export type Generator = {
  pids: number[];
  /** Sends a command to every worker and resolves with their replies, failing if any failed. */
  all(command: WorkerCommand): Promise<WorkerReply[]>;
  stop(): Promise<void>;
};

type Worker = { child: ChildProcess; waiting: ((reply: WorkerReply) => void)[] };

const WORKER_SCRIPT = path.join(import.meta.dirname, "..", "load", "worker.ts");

function startWorker(): Worker {
  // node --import tsx keeps each worker one process (the tsx CLI adds a wrapper), so /proc is exact.
  // BENCH_WORKER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the generator.
  const extra = process.env.BENCH_WORKER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const pinned = pinnedCommand("generator", process.execPath, [
    ...extra,
    "--import",
    "tsx",
    WORKER_SCRIPT,
  ]);
  const child = spawn(pinned.command, pinned.args, {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const worker: Worker = { child, waiting: [] };
  child.on("message", (reply: WorkerReply) => worker.waiting.shift()?.(reply));
  child.on("exit", () => {
    for (const resolve of worker.waiting.splice(0)) {
      resolve({ ok: false, cmd: "close", error: "worker exited" });
    }
  });
  return worker;
}

function ask(worker: Worker, command: WorkerCommand): Promise<WorkerReply> {
  return new Promise((resolve) => {
    worker.waiting.push(resolve);
    worker.child.send(command);
  });
}

/** Rooms split round-robin over `workers` processes; every client connected and synced. */
export async function startGenerator(options: {
  target: Target;
  roomIds: string[];
  clientsPerRoom: number;
  editsPerSecond: number;
  workers: number;
  stayDown?: boolean;
}): Promise<Generator> {
  const count = Math.max(1, Math.min(options.workers, options.roomIds.length));
  const workers = Array.from({ length: count }, () => startWorker());
  async function all(command: WorkerCommand): Promise<WorkerReply[]> {
    const replies = await Promise.all(workers.map((worker) => ask(worker, command)));
    const failed = replies.find((reply) => !reply.ok);
    if (failed && !failed.ok) throw new Error(`worker ${failed.cmd}: ${failed.error}`);
    return replies;
  }
  const generator: Generator = {
    pids: workers.map((worker) => worker.child.pid ?? 0),
    all,
    async stop() {
      await Promise.all(
        workers.map(async (worker) => {
          if (worker.child.exitCode !== null) return;
          const exited = new Promise((resolve) => worker.child.once("exit", resolve));
          worker.child.send({ cmd: "close" } satisfies WorkerCommand);
          const timer = setTimeout(() => worker.child.kill("SIGKILL"), 5_000);
          await exited;
          clearTimeout(timer);
        }),
      );
    },
  };
  try {
    await Promise.all(
      workers.map((worker, index) =>
        ask(worker, {
          cmd: "connect",
          target: options.target,
          roomIds: options.roomIds.filter((_, room) => room % count === index),
          clientsPerRoom: options.clientsPerRoom,
          editsPerSecond: options.editsPerSecond,
          stayDown: options.stayDown ?? false,
        }).then((reply) => {
          if (!reply.ok) throw new Error(`worker connect: ${reply.error}`);
        }),
      ),
    );
  } catch (error) {
    await generator.stop();
    throw error;
  }
  return generator;
}
