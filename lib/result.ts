/**
 * What every server action, and every lib/ function that can fail for a reason the caller shows,
 * returns: a value, or an error with a code to branch on and a message to show. The shared
 * documents' `WriteResult` (lib/documents/result.ts) has the same shape.
 */
export type Result<T = null, C extends string = string> =
  { ok: true; value: T } | { ok: false; error: ResultError<C> };

export type ResultError<C extends string = string> = {
  code: C;
  message: string;
  /** Per-field messages for forms that show them next to their inputs. */
  fields?: Record<string, string>;
};

export type Failure<C extends string = string> = { ok: false; error: ResultError<C> };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<C extends string>(
  code: C,
  message: string,
  fields?: Record<string, string>,
): Failure<C> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}
