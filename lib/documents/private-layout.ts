import type * as Y from "yjs";

// Private doc layout (`private/<userId>`, opened only by its owner): one map of the person's hidden
// notes, id → PrivateNote as plain JSON (validated by PrivateNoteSchema in private-notes.ts). The
// server copies them into the board doc when the facilitator reveals. One shape so far: no schema
// version and no migrations.

export const PRIVATE_NOTES_MAP = "privateNotes";
export const PRIVATE_SCHEMA_VERSION = 1;

export function privateNotesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(PRIVATE_NOTES_MAP);
}
