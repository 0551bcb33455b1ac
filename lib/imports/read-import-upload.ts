import { TeamFunctionSchema, type TeamFunction } from "@/lib/workshops/roles";
import { parseJsonInWorker } from "./parse-json-in-worker";
import { readBoundedBody } from "./read-bounded-body";

/** The largest export accepted; multipart framing and the function field get a little on top. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
/** Exports nest about 6 deep; anything past this is not one. */
export const MAX_IMPORT_DEPTH = 32;
const PARSE_TIMEOUT_MS = 10_000;

export type ReadImportUploadResult =
  | { ok: true; value: unknown; facilitatorFunction: TeamFunction }
  | { ok: false; status: 400 | 413 | 422; error: string };

/**
 * Reads an import upload (multipart: `file` and `function`) without ever holding more than the
 * limit, and parses the file on a worker thread after a nesting-depth check.
 */
export async function readImportUpload(request: Request): Promise<ReadImportUploadResult> {
  const body = await readBoundedBody(request, MAX_IMPORT_BYTES + MULTIPART_OVERHEAD_BYTES);
  if (!body.ok) {
    return body.reason === "too-large"
      ? { ok: false, status: 413, error: "That file is larger than 10 MB." }
      : { ok: false, status: 400, error: "The upload was interrupted. Try again." };
  }
  // Bounded now, so the multipart parser only ever sees at most ~10 MB (about 30 ms).
  const form = await new Response(body.bytes, {
    headers: { "content-type": request.headers.get("content-type") ?? "" },
  })
    .formData()
    .catch(() => null);
  const file = form?.get("file");
  const fn = TeamFunctionSchema.safeParse(form?.get("function"));
  if (!(file instanceof Blob) || !fn.success) {
    return { ok: false, status: 400, error: "Choose an export file and your function." };
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, status: 413, error: "That file is larger than 10 MB." };
  }
  const parsed = await parseJsonInWorker({
    bytes: new Uint8Array(await file.arrayBuffer()),
    maxDepth: MAX_IMPORT_DEPTH,
    timeoutMs: PARSE_TIMEOUT_MS,
  });
  if (!parsed.ok) {
    const error =
      parsed.reason === "too-deep"
        ? "That file is not a Prepersonalize workshop export (it nests too deeply)."
        : parsed.reason === "timeout"
          ? "That file took too long to read."
          : "That file is not JSON.";
    return { ok: false, status: 422, error };
  }
  return { ok: true, value: parsed.value, facilitatorFunction: fn.data };
}
