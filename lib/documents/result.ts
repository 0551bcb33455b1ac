import { en } from "zod/locales";
import * as z from "zod/mini";

// The browser validates every write with zod/mini, which, unlike full zod, comes without a locale:
// English gives the same messages as the server ("Not saved: Invalid input: text: Too big: …").
z.config(en());

/** Why a write was refused; nothing in the doc changed when a write returns one of these. */
export type BoardError =
  | { code: "invalid-input"; message: string; issues: string[] }
  | { code: "not-found"; message: string }
  | { code: "ethics-gate"; message: string; riskIds: string[] };

export type WriteResult<T> = { ok: true; value: T } | { ok: false; error: BoardError };

export function ok<T>(value: T): WriteResult<T> {
  return { ok: true, value };
}

export function notFound<T>(what: string, id: string): WriteResult<T> {
  return { ok: false, error: { code: "not-found", message: `No ${what} with id "${id}".` } };
}

export function invalidInput<T>(error: z.core.$ZodError): WriteResult<T> {
  const issues = error.issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message,
  );
  return {
    ok: false,
    error: { code: "invalid-input", message: `Invalid input: ${issues.join("; ")}`, issues },
  };
}

/** Parses input with `schema`, returning the invalid-input result on failure. */
export function parseInput<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
): { ok: true; value: z.output<S> } | { ok: false; result: WriteResult<never> } {
  const parsed = schema.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, result: invalidInput<never>(parsed.error) };
}
