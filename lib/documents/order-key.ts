// Fractional order keys: each ordered record stores a string key and lists sort by (key, id).
// Moving a record rewrites only its own key, so two people reordering at once never duplicate or
// drop a record (moving inside a Y.Array is delete + insert, which duplicates under concurrency).
// Keys are base-62 fractions without the leading "0.": "V" is 0.5, "V1" is a bit more, and so on.
// Plain string comparison orders them because no key ends in the zero digit.

const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const ZERO = "0";
const KEY_PATTERN = /^[0-9A-Za-z]*[1-9A-Za-z]$/;
/** Random digits appended to new keys so two people inserting at the same spot rarely tie. */
const JITTER_DIGITS = 3;

/** Compares two records by order key, then by id so ties resolve the same way on every device. */
export function compareOrder(
  a: { order: string; id: string },
  b: { order: string; id: string },
): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

export function isOrderKey(value: string): boolean {
  return KEY_PATTERN.test(value);
}

function digitAt(key: string, index: number): number {
  return DIGITS.indexOf(key[index] ?? ZERO);
}

// A key strictly between a and b (b === null means "1"); requires a < b and valid keys.
function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let common = 0;
    while ((a[common] ?? ZERO) === b[common]) common++;
    if (common > 0) return b.slice(0, common) + midpoint(a.slice(common), b.slice(common));
  }
  const low = a.length > 0 ? digitAt(a, 0) : 0;
  const high = b !== null ? digitAt(b, 0) : DIGITS.length;
  if (high - low > 1) return DIGITS[Math.round((low + high) / 2)] ?? ZERO;
  // Adjacent first digits: b's first digit alone is still above a when b continues after it.
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return (DIGITS[low] ?? ZERO) + midpoint(a.slice(1), null);
}

// Appending and prepending step one digit instead of halving the gap, so keys grow by about one
// character per 30 appends (halving grows one per 6). Enough for a workshop board; a
// variable-length integer prefix, as in the fractional-indexing package, would keep them constant.
function increment(key: string): string {
  for (let i = 0; ; i++) {
    const digit = digitAt(key, i);
    if (digit < DIGITS.length - 1) return key.slice(0, i) + (DIGITS[digit + 1] ?? "z");
  }
}

function decrement(key: string): string | null {
  for (let i = 0; i < key.length; i++) {
    const digit = digitAt(key, i);
    if (digit > 1) return key.slice(0, i) + (DIGITS[digit - 1] ?? "1");
  }
  return null;
}

/**
 * A new order key between `before` and `after` (null = open end). Equal or inverted neighbours,
 * which concurrent inserts can produce, are treated as "after `before`" rather than failing.
 */
export function keyBetween(
  before: string | null,
  after: string | null,
  random: () => number = Math.random,
): string {
  const low = before !== null && isOrderKey(before) ? before : "";
  let high = after !== null && isOrderKey(after) ? after : null;
  if (high !== null && high <= low) high = null;
  let middle: string;
  if (low === "" && high === null) middle = midpoint(low, high);
  else if (high === null) middle = increment(low);
  else if (low === "") middle = decrement(high) ?? midpoint(low, high);
  else middle = midpoint(low, high);
  let jitter = "";
  for (let i = 0; i < JITTER_DIGITS; i++) {
    jitter += DIGITS[1 + Math.floor(random() * (DIGITS.length - 1))] ?? "1";
  }
  const jittered = middle + jitter;
  // middle + anything is above middle (> before); it must also stay below `after`.
  return high === null || jittered < high ? jittered : middle;
}

/** A key for position `index` in `siblings` (sorted, without the record being placed). */
export function keyAtIndex(
  siblings: readonly { order: string; id: string }[],
  index: number,
  random: () => number = Math.random,
): string {
  const at = Math.max(0, Math.min(Math.trunc(index), siblings.length));
  const before = at > 0 ? (siblings[at - 1]?.order ?? null) : null;
  // Skip neighbours that tie with `before`, so the new key lands strictly above it.
  let next: string | null = null;
  for (let i = at; i < siblings.length; i++) {
    const order = siblings[i]?.order;
    if (order !== undefined && (before === null || order > before)) {
      next = order;
      break;
    }
  }
  return keyBetween(before, next, random);
}
