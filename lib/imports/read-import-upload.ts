import { fail, ok, type Result } from "@/lib/result";
import { ImportPeopleSchema, type ImportPeople } from "@/lib/exports/import-people";
import { TeamFunctionSchema, type TeamFunction } from "@/lib/workshops/roles";
import { parseUploadInWorker } from "./parse-json-in-worker";
import { readBoundedBody } from "./read-bounded-body";

/** The largest export accepted; multipart framing and the function field get a little on top. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
/** Exports nest about 6 deep; anything past this is not one. */
export const MAX_IMPORT_DEPTH = 32;
const PARSE_TIMEOUT_MS = 10_000;

/** Error codes are the route's (lib/auth/with-access.ts): 400, 413 and 422. */
export type ReadImportUploadResult = Result<
  { value: unknown; facilitatorFunction: TeamFunction; people: ImportPeople },
  "invalid-input" | "too-large" | "unprocessable"
>;

const TOO_LARGE = fail("too-large", "That file is larger than 10 MB.");
const INCOMPLETE = fail("invalid-input", "Choose an export file and your function.");

/**
 * Reads an import upload (multipart: `file`, `function` and `people`) without ever holding more than the
 * limit, then parses it on a worker thread after a nesting-depth check.
 */
export async function readImportUpload(request: Request): Promise<ReadImportUploadResult> {
  const body = await readBoundedBody(request, MAX_IMPORT_BYTES + MULTIPART_OVERHEAD_BYTES);
  if (!body.ok) {
    return body.error.code === "too-large" ? TOO_LARGE : fail("invalid-input", body.error.message);
  }
  const parsed = await parseUploadInWorker({
    body: body.value,
    contentType: request.headers.get("content-type") ?? "",
    maxDepth: MAX_IMPORT_DEPTH,
    maxFileBytes: MAX_IMPORT_BYTES,
    timeoutMs: PARSE_TIMEOUT_MS,
  });
  if (!parsed.ok) {
    switch (parsed.error.code) {
      case "no-file":
        return INCOMPLETE;
      case "too-large":
        return TOO_LARGE;
      default:
        return fail("unprocessable", parsed.error.message);
    }
  }
  const fn = TeamFunctionSchema.safeParse(parsed.value.fields.function);
  if (!fn.success) return INCOMPLETE;
  // Without a choice (an older form), people are kept by name only: nobody gets access unasked.
  const people = ImportPeopleSchema.safeParse(parsed.value.fields.people ?? "names");
  if (!people.success) return fail("invalid-input", "Choose what to do with the people.");
  return ok({ value: parsed.value.value, facilitatorFunction: fn.data, people: people.data });
}
