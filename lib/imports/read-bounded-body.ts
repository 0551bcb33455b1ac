import { fail, ok, type Result } from "@/lib/result";

export type ReadBoundedBodyResult = Result<Uint8Array<ArrayBuffer>, "too-large" | "unreadable">;

const TOO_LARGE = fail("too-large", "The upload is larger than allowed.");

/**
 * Reads a request body of at most `maxBytes`, refusing from Content-Length before reading and
 * otherwise as soon as the running count passes the limit (the stream is cancelled): a 50 MB
 * upload costs the server one chunk past the limit, not 50 MB.
 */
export async function readBoundedBody(
  request: Request,
  maxBytes: number,
): Promise<ReadBoundedBodyResult> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) return TOO_LARGE;
  if (!request.body) return ok(new Uint8Array());
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return TOO_LARGE;
      }
      chunks.push(value);
    }
  } catch {
    return fail("unreadable", "The upload was interrupted. Try again.");
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return ok(bytes);
}
