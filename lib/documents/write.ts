import type * as Y from "yjs";
import * as z from "zod/mini";
import { transactLocal } from "./undo";
import type { WriteResult } from "./result";

// Shared pieces of the write functions. Every write validates its options first, then runs as
// one local transaction (one undo step for this user); a refused write changes nothing.

export const IdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "Invalid id." }));
export const IndexSchema = z.int().check(z.gte(0), z.lte(100_000));
export const NowSchema = z.optional(z.date());

/** Runs `change` as one local transaction and returns its result. */
export function transactResult<T>(doc: Y.Doc, change: () => WriteResult<T>): WriteResult<T> {
  let result: WriteResult<T> | null = null;
  transactLocal(doc, () => {
    result = change();
  });
  // transact runs the callback synchronously, so result is always set here.
  return result ?? { ok: false, error: { code: "not-found", message: "Write did not run." } };
}

export function isoNow(now: Date | undefined): string {
  return (now ?? new Date()).toISOString();
}
