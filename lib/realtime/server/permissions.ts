import type * as Y from "yjs";
import {
  CONTROL_LOCKED_KEY,
  CONTROL_MAP,
  privateDocOwner,
  type AnyDocName,
} from "@/lib/realtime/protocol";

export function isBoardLocked(control: Y.Doc): boolean {
  return control.getMap(CONTROL_MAP).get(CONTROL_LOCKED_KEY) === true;
}

/** Only a private doc's owner may open it; everyone who is a member may open board and control. */
export function canOpenDoc(options: { userId: string; docName: AnyDocName }): boolean {
  const owner = privateDocOwner(options.docName);
  return owner === null || owner === options.userId;
}
