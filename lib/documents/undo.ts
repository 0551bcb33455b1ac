import * as Y from "yjs";

/** Transaction origin for the local user's edits; only these are captured by the undo manager. */
export const LOCAL_ORIGIN = Symbol("prepersonalize-local-edit");

/** Runs `change` as one local, undoable step. */
export function transactLocal(doc: Y.Doc, change: () => void): void {
  doc.transact(change, LOCAL_ORIGIN);
}

/**
 * An undo manager for this user's own edits in `scope`. Remote changes arrive with the provider
 * (or IndexedDB) as origin and are never captured, so undo cannot revert someone else's edit.
 */
export function createUserUndoManager(
  scope: ConstructorParameters<typeof Y.UndoManager>[0],
): Y.UndoManager {
  return new Y.UndoManager(scope, {
    trackedOrigins: new Set([LOCAL_ORIGIN, null]),
    captureTimeout: 400,
  });
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export type UndoShortcut = "undo" | "redo" | null;

/** Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z and Ctrl+Y redo; text fields keep their native undo. */
export function undoShortcutFor(event: KeyboardEvent): UndoShortcut {
  if (isTextEntry(event.target) || !(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === "z") return event.shiftKey ? "redo" : "undo";
  if (key === "y" && event.ctrlKey && !event.shiftKey) return "redo";
  return null;
}
