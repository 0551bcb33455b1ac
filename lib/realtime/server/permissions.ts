import type * as Y from "yjs";
import {
  CONTROL_LOCKED_KEY,
  CONTROL_MAP,
  privateDocOwner,
  type AnyDocName,
} from "@/lib/realtime/protocol";
import type { WorkshopRole } from "@/lib/workshops/roles";

export function isBoardLocked(control: Y.Doc): boolean {
  return control.getMap(CONTROL_MAP).get(CONTROL_LOCKED_KEY) === true;
}

/** Only a private doc's owner may open it; everyone who is a member may open board and control. */
export function canOpenDoc(options: { userId: string; docName: AnyDocName }): boolean {
  const owner = privateDocOwner(options.docName);
  return owner === null || owner === options.userId;
}

/**
 * Board: facilitators and participants unless locked (then nobody). Control: facilitators only.
 * A private doc: its owner, as a facilitator or participant, unless locked.
 */
export function canWriteDoc(options: {
  role: WorkshopRole;
  docName: AnyDocName;
  boardLocked: boolean;
  userId?: string;
}): boolean {
  if (options.docName === "control") return options.role === "facilitator";
  if (options.boardLocked) return false;
  const owner = privateDocOwner(options.docName);
  if (owner !== null && owner !== options.userId) return false;
  return options.role === "facilitator" || options.role === "participant";
}
