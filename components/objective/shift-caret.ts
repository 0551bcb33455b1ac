/**
 * Where a caret at `caret` in `before` belongs in `after`, assuming one contiguous change:
 * unchanged when the change lies after it, shifted by the change in length when before it.
 */
export function shiftCaret(before: string, after: string, caret: number): number {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  if (caret <= start) return caret;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end++;
  }
  const changedUntil = before.length - end;
  if (caret >= changedUntil) return Math.min(after.length, caret + after.length - before.length);
  // Inside the replaced part: keep it at the end of the new text for that part.
  return after.length - end;
}
