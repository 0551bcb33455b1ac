import { Worker } from "node:worker_threads";
import { fail, ok, type Result } from "@/lib/result";

export type ParseUploadInWorkerOptions = {
  /** The whole multipart body, already bounded in size. */
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  /** Deepest nesting of arrays and objects accepted; deeper input is refused before parsing. */
  maxDepth: number;
  maxFileBytes: number;
  timeoutMs: number;
};

type ParseFailure = "no-file" | "too-large" | "too-deep" | "not-json" | "timeout";

export type ParseUploadInWorkerResult = Result<
  { value: unknown; fields: Record<string, string> },
  ParseFailure
>;

/** What the worker thread posts back (plain data: it crosses a thread boundary). */
type WorkerMessage =
  | { ok: true; value: unknown; fields: Record<string, string> }
  | { ok: false; reason: ParseFailure };

const FAILURE_MESSAGES: Record<ParseFailure, string> = {
  "no-file": "Choose an export file.",
  "too-large": "That file is too large.",
  "too-deep": "That file is not a Prepersonalize workshop export (it nests too deeply).",
  "not-json": "That file is not JSON.",
  timeout: "That file took too long to read.",
};

function toResult(message: WorkerMessage): ParseUploadInWorkerResult {
  return message.ok
    ? ok({ value: message.value, fields: message.fields })
    : fail(message.reason, FAILURE_MESSAGES[message.reason]);
}

// Plain JavaScript run with `eval`, so it needs no file of its own in Next's server bundle. The
// depth scan is linear and skips strings; JSON.parse only runs on input it has passed.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
function tooDeep(text, maxDepth) {
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
      if (depth > maxDepth) return true;
    } else if (c === 93 || c === 125) depth -= 1;
  }
  return false;
}
(async () => {
  const form = await new Response(workerData.body, {
    headers: { "content-type": workerData.contentType },
  }).formData().catch(() => null);
  const file = form ? form.get("file") : null;
  if (!file || typeof file === "string") return { ok: false, reason: "no-file" };
  if (file.size > workerData.maxFileBytes) return { ok: false, reason: "too-large" };
  const fields = {};
  for (const [name, value] of form.entries()) if (typeof value === "string") fields[name] = value;
  const text = await file.text();
  if (tooDeep(text, workerData.maxDepth)) return { ok: false, reason: "too-deep" };
  try {
    return { ok: true, value: JSON.parse(text), fields };
  } catch {
    return { ok: false, reason: "not-json" };
  }
})().then(
  (result) => parentPort.postMessage(result),
  () => parentPort.postMessage({ ok: false, reason: "not-json" }),
);
`;

/**
 * Reads a multipart upload, checks the JSON file's nesting depth and parses it, all on a worker
 * thread: for 10 MB that is ~130 ms of CPU on a busy machine, which would otherwise stall every
 * socket and page of the process. Only the structured copy of the result (~12 ms for 10 MB) is
 * read on the event loop.
 */
export function parseUploadInWorker(
  options: ParseUploadInWorkerOptions,
): Promise<ParseUploadInWorkerResult> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        body: options.body,
        contentType: options.contentType,
        maxDepth: options.maxDepth,
        maxFileBytes: options.maxFileBytes,
      },
      transferList: [options.body.buffer],
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    let settled = false;
    const finish = (message: WorkerMessage) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(toResult(message));
    };
    const timer = setTimeout(() => finish({ ok: false, reason: "timeout" }), options.timeoutMs);
    worker.once("message", (message: WorkerMessage) => finish(message));
    worker.once("error", () => finish({ ok: false, reason: "not-json" }));
    worker.once("exit", () => finish({ ok: false, reason: "not-json" }));
  });
}
