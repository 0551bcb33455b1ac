import type * as Y from "yjs";
import { CONTROL_KEYS, controlMap } from "./control-layout";

// Roles live in the database, not in the docs. When they change (hand-over), the server bumps this
// counter in the control doc so every open client knows to reload its role.

const ROLES_VERSION_KEY = CONTROL_KEYS.rolesVersion;

export function readRolesVersion(control: Y.Doc): number {
  const value = controlMap(control).get(ROLES_VERSION_KEY);
  return typeof value === "number" ? value : 0;
}

/** Server side, after a role change. */
export function bumpRolesVersion(control: Y.Doc): number {
  const next = readRolesVersion(control) + 1;
  controlMap(control).set(ROLES_VERSION_KEY, next);
  return next;
}

export function subscribeRolesVersion(control: Y.Doc, listener: () => void): () => void {
  const map = controlMap(control);
  const onChange = (event: Y.YMapEvent<unknown>): void => {
    if (event.keysChanged.has(ROLES_VERSION_KEY)) listener();
  };
  map.observe(onChange);
  return () => map.unobserve(onChange);
}
