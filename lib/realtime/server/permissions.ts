import type * as Y from "yjs";
import { CONTROL_LOCKED_KEY, CONTROL_MAP, type DocName } from "@/lib/realtime/protocol";
import type { WorkshopRole } from "@/lib/workshops/roles";

export function isBoardLocked(control: Y.Doc): boolean {
  return control.getMap(CONTROL_MAP).get(CONTROL_LOCKED_KEY) === true;
}

/** Board: facilitators and participants unless locked (then nobody). Control: facilitators only. */
export function canWriteDoc(options: {
  role: WorkshopRole;
  docName: DocName;
  boardLocked: boolean;
}): boolean {
  if (options.docName === "control") return options.role === "facilitator";
  if (options.boardLocked) return false;
  return options.role === "facilitator" || options.role === "participant";
}
