import type * as Y from "yjs";
import * as z from "zod/mini";
import { IDENTITY_NOTE_TEXT, IDENTITY_STATUS_KEY, metaMap } from "./layout";
import {
  IdentityResolutionStatusSchema,
  type IdentityResolution,
  type IdentityResolutionStatus,
} from "./records";
import { ok, parseInput, type WriteResult } from "./result";
import { transactResult } from "./write";

// The workshop's identity resolution: how one person's profiles are joined across devices and
// channels (step 3). Its status is one value in meta; its note is collaborative text, typed live
// through the "identity-note" text target (shared-text.ts).

const NOTE_CAP = 2000;

/** The note's Y.Text; write it through editSharedText, read it through the snapshot. */
export function identityNoteText(doc: Y.Doc): Y.Text {
  return doc.getText(IDENTITY_NOTE_TEXT);
}

export function readIdentityResolution(doc: Y.Doc): IdentityResolution {
  const status = IdentityResolutionStatusSchema.safeParse(metaMap(doc).get(IDENTITY_STATUS_KEY));
  return {
    status: status.success ? status.data : "unknown",
    note: identityNoteText(doc).toString().slice(0, NOTE_CAP),
  };
}

const SetIdentityResolutionOptionsSchema = z.object({ status: IdentityResolutionStatusSchema });
export type SetIdentityResolutionOptions = z.input<typeof SetIdentityResolutionOptionsSchema>;

export function setIdentityResolution(
  doc: Y.Doc,
  options: SetIdentityResolutionOptions,
): WriteResult<IdentityResolutionStatus> {
  const input = parseInput(SetIdentityResolutionOptionsSchema, options);
  if (!input.ok) return input.result;
  const { status } = input.value;
  return transactResult(doc, () => {
    metaMap(doc).set(IDENTITY_STATUS_KEY, status);
    return ok(status);
  });
}
