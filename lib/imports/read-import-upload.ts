import { TeamFunctionSchema, type TeamFunction } from "@/lib/workshops/roles";
import { parseUploadInWorker } from "./parse-json-in-worker";
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

const TOO_LARGE = { ok: false, status: 413, error: "That file is larger than 10 MB." } as const;
const INCOMPLETE = {
  ok: false,
  status: 400,
  error: "Choose an export file and your function.",
} as const;

/**
 * Reads an import upload (multipart: `file` and `function`) without ever holding more than the
 * limit, then parses it on a worker thread after a nesting-depth check.
 */
export async function readImportUpload(request: Request): Promise<ReadImportUploadResult> {
  const body = await readBoundedBody(request, MAX_IMPORT_BYTES + MULTIPART_OVERHEAD_BYTES);
  if (!body.ok) {
    return body.reason === "too-large"
      ? TOO_LARGE
      : { ok: false, status: 400, error: "The upload was interrupted. Try again." };
  }
  const parsed = await parseUploadInWorker({
    body: body.bytes,
    contentType: request.headers.get("content-type") ?? "",
    maxDepth: MAX_IMPORT_DEPTH,
    maxFileBytes: MAX_IMPORT_BYTES,
    timeoutMs: PARSE_TIMEOUT_MS,
  });
  if (!parsed.ok) {
    switch (parsed.reason) {
      case "no-file":
        return INCOMPLETE;
      case "too-large":
        return TOO_LARGE;
      case "too-deep":
        return {
          ok: false,
          status: 422,
          error: "That file is not a Prepersonalize workshop export (it nests too deeply).",
        };
      case "timeout":
        return { ok: false, status: 422, error: "That file took too long to read." };
      default:
        return { ok: false, status: 422, error: "That file is not JSON." };
    }
  }
  const fn = TeamFunctionSchema.safeParse(parsed.fields.function);
  if (!fn.success) return INCOMPLETE;
  return { ok: true, value: parsed.value, facilitatorFunction: fn.data };
}
