import type * as Y from "yjs";
import { observeControl, readControlValue, writeControlValue } from "./control-layout";

// Roles live in the database, not in the docs. When they change (hand-over), the server bumps this
// counter in the control doc so every open client knows to reload its role.

export function readRolesVersion(control: Y.Doc): number {
  return readControlValue(control, "rolesVersion") ?? 0;
}

/** Server side, after a role change. */
export function bumpRolesVersion(control: Y.Doc): number {
  const next = readRolesVersion(control) + 1;
  writeControlValue(control, "rolesVersion", next);
  return next;
}

export function subscribeRolesVersion(control: Y.Doc, listener: () => void): () => void {
  return observeControl(control, listener, ["rolesVersion"]);
}
