import { Worker } from "node:worker_threads";

export type ParseJsonInWorkerOptions = {
  bytes: Uint8Array;
  /** Deepest nesting of arrays and objects accepted; deeper input is refused before parsing. */
  maxDepth: number;
  timeoutMs: number;
};

export type ParseJsonInWorkerResult =
  { ok: true; value: unknown } | { ok: false; reason: "too-deep" | "not-json" | "timeout" };

// Plain JavaScript run with `eval`, so it needs no file of its own in Next's server bundle. The
// depth scan is linear and skips strings; JSON.parse only runs on input it has passed.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const text = new TextDecoder("utf-8", { fatal: false }).decode(workerData.bytes);
let depth = 0;
let inString = false;
for (let i = 0; i < text.length; i += 1) {
  const c = text.charCodeAt(i);
  if (inString) {
    if (c === 92) i += 1;
    else if (c === 34) inString = false;
  } else if (c === 34) inString = true;
  else if (c === 91 || c === 123) {
    depth += 1;
    if (depth > workerData.maxDepth) {
      parentPort.postMessage({ ok: false, reason: "too-deep" });
      process.exit(0);
    }
  } else if (c === 93 || c === 125) depth -= 1;
}
let value;
try {
  value = JSON.parse(text);
} catch {
  parentPort.postMessage({ ok: false, reason: "not-json" });
  process.exit(0);
}
parentPort.postMessage({ ok: true, value });
`;

/**
 * Checks nesting depth and parses JSON on a worker thread: a 10 MB upload takes ~100 ms of CPU to
 * scan and parse on a busy machine, which would otherwise stall every socket and page of the
 * process. Only the structured copy of the result is read on the event loop.
 */
export function parseJsonInWorker(
  options: ParseJsonInWorkerOptions,
): Promise<ParseJsonInWorkerResult> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { bytes: options.bytes, maxDepth: options.maxDepth },
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    let settled = false;
    const finish = (result: ParseJsonInWorkerResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: "timeout" }), options.timeoutMs);
    worker.once("message", (message: ParseJsonInWorkerResult) => finish(message));
    worker.once("error", () => finish({ ok: false, reason: "not-json" }));
    worker.once("exit", () => finish({ ok: false, reason: "not-json" }));
  });
}
