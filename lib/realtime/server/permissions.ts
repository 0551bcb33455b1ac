import type * as Y from "yjs";
import { CONTROL_KEYS, readControlFlag } from "@/lib/documents/control-layout";
import { privateDocOwner, type AnyDocName } from "@/lib/realtime/protocol";

export function isBoardLocked(control: Y.Doc): boolean {
  return readControlFlag(control, CONTROL_KEYS.locked);
}

/** Only a private doc's owner may open it; everyone who is a member may open board and control. */
export function canOpenDoc(options: { userId: string; docName: AnyDocName }): boolean {
  const owner = privateDocOwner(options.docName);
  return owner === null || owner === options.userId;
}
