import type * as Y from "yjs";
import * as z from "zod/mini";
import { writeControlValue } from "./control-layout";
import { ok, parseInput, type WriteResult } from "./result";
import { transactResult } from "./write";

const SetBoardLockOptionsSchema = z.object({ locked: z.boolean() });
export type SetBoardLockOptions = z.input<typeof SetBoardLockOptionsSchema>;

/**
 * Freezes or unfreezes the board for everyone. Facilitators only: the server refuses other
 * writers of the control doc, and refuses every board write while the flag is set.
 */
export function setBoardLock(control: Y.Doc, options: SetBoardLockOptions): WriteResult<boolean> {
  const input = parseInput(SetBoardLockOptionsSchema, options);
  if (!input.ok) return input.result;
  const { locked } = input.value;
  return transactResult(control, () => {
    writeControlValue(control, "locked", locked);
    return ok(locked);
  });
}
