import type * as Y from "yjs";
import { CONTROL_KEYS, readControlFlag } from "@/lib/documents/control-layout";
import { privateDocOwner, type AnyDocName } from "@/lib/realtime/protocol";

/** The control doc's flags the write policy reads on every update. */
export type ControlFlags = { locked: boolean; anonymous: boolean };

// Read (and schema-checked) once per change of the control doc rather than several times per
// update: the doc changes a few times a session, the board thousands of times.
const flagsByDoc = new WeakMap<Y.Doc, ControlFlags | null>();

export function controlFlags(control: Y.Doc): ControlFlags {
  const known = flagsByDoc.get(control);
  if (known) return known;
  if (known === undefined) {
    // First read of this doc: forget the flags whenever it changes.
    control.on("afterTransaction", () => flagsByDoc.set(control, null));
  }
  const flags = {
    locked: readControlFlag(control, CONTROL_KEYS.locked),
    anonymous: readControlFlag(control, CONTROL_KEYS.anonymous),
  };
  flagsByDoc.set(control, flags);
  return flags;
}

export function isBoardLocked(control: Y.Doc): boolean {
  return controlFlags(control).locked;
}

/** Only a private doc's owner may open it; everyone who is a member may open board and control. */
export function canOpenDoc(options: { userId: string; docName: AnyDocName }): boolean {
  const owner = privateDocOwner(options.docName);
  return owner === null || owner === options.userId;
}
