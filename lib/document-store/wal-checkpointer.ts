import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

export type WalCheckpointer = {
  /** Something was committed: the worker checkpoints within its interval (it sleeps otherwise). */
  noteWrite(): void;
  stop(): Promise<void>;
};

// Plain JavaScript run as the worker's source (eval), so it loads the same way under tsx, vitest
// and plain node: no TypeScript file has to be resolved inside the worker.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.betterSqlite3);
const sqlite = new Database(workerData.file);
// Short: while a restart waits for readers, the app's writers wait too; better to try next round.
sqlite.pragma("busy_timeout = 20");
function checkpoint() {
  try {
    const [result] = sqlite.pragma("wal_checkpoint(PASSIVE)");
    if (result && result.log > workerData.restartAfterFrames) {
      sqlite.pragma("wal_checkpoint(RESTART)");
    }
  } catch (error) {
    // Busy or locked: the next round tries again.
  }
}
// No timer while nothing was written: the worker wakes only when told of a write.
let timer = null;
parentPort.on("message", (message) => {
  if (message === "wrote") {
    timer ??= setTimeout(() => {
      timer = null;
      checkpoint();
      parentPort.postMessage("checkpointed");
    }, workerData.intervalMs);
    return;
  }
  if (timer !== null) clearTimeout(timer);
  checkpoint();
  sqlite.close();
  parentPort.postMessage("stopped");
});
`;

/**
 * Checkpoints the SQLite write-ahead log from a worker thread. SQLite's automatic checkpoint runs
 * inside whichever commit crosses 1,000 WAL pages and, with synchronous=NORMAL, fsyncs twice: on
 * the realtime server's connection that stalled the event loop for 7–11 ms every ~300 commits,
 * delaying every relay queued behind it. In WAL mode a checkpoint on another connection runs
 * alongside commits, so the server's own connection turns the automatic one off. The 64 MB
 * default restart point comes once every few thousand commits. The worker sleeps until told of a
 * write (one message per round, not per commit) instead of waking every interval. Rounds are a
 * second apart: every commit rewrites the same few pages (the log's last leaf, its index leaf,
 * sqlite_sequence) and a round copies each page once, so at 250 commits/s the worker took 4.4 ms
 * of CPU per second at a 250 ms interval and 1.9 ms at 1 s (2 s saved only 0.3 ms more).
 */
export function startWalCheckpointer(options: {
  file: string;
  intervalMs?: number;
  /**
   * A passive checkpoint never restarts the log while commits keep coming, so under steady load
   * the file would grow without end. Past this many frames the worker restarts it, which holds
   * writers for the few milliseconds it takes to copy what the last passive round left.
   */
  restartAfterFrames?: number;
  /** The worker died: the caller should let SQLite checkpoint on its own again. */
  onFailure?: (error: Error) => void;
}): WalCheckpointer {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      file: options.file,
      intervalMs: options.intervalMs ?? 1_000,
      restartAfterFrames: options.restartAfterFrames ?? 16_384,
      betterSqlite3: createRequire(import.meta.url).resolve("better-sqlite3"),
    },
  });
  worker.unref();
  worker.on("error", (error) => {
    console.error("[realtime] WAL checkpointer failed", error);
    options.onFailure?.(error);
  });
  let stopped: Promise<void> | null = null;
  // A round is asked for (the worker's timer runs); writes meanwhile ask for the next one once the
  // worker reports it checkpointed, since that checkpoint may have run before them.
  let requested = false;
  let writtenSince = false;
  const request = () => {
    requested = true;
    writtenSince = false;
    worker.postMessage("wrote");
  };
  worker.on("message", (message) => {
    if (message === "stopped") {
      void worker.terminate();
      return;
    }
    requested = false;
    if (writtenSince && stopped === null) request();
  });
  return {
    noteWrite() {
      if (stopped !== null) return;
      if (requested) writtenSince = true;
      else request();
    },
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        worker.once("exit", () => resolve());
        worker.postMessage("stop");
      });
      return stopped;
    },
  };
}
