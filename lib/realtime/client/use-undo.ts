"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { createUserUndoManager, undoShortcutFor } from "./undo";

export type UseUndoResult = {
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
};

/**
 * Per-user undo/redo over `scope` (types of one doc, e.g. the board's root maps), with
 * Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z bound on the window. Pass a stable scope (memoised).
 */
export function useUndo(
  scope: ConstructorParameters<typeof Y.UndoManager>[0] | null,
): UseUndoResult {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  useEffect(() => {
    if (!scope) return;
    const created = createUserUndoManager(scope);
    // An external object created in an effect must reach render somehow; this is that handoff.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setManager(created);
    const onKeyDown = (event: KeyboardEvent): void => {
      const action = undoShortcutFor(event);
      if (!action) return;
      event.preventDefault();
      if (action === "undo") created.undo();
      else created.redo();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      created.destroy();
      setManager(null);
    };
  }, [scope]);

  const flags = useSyncExternalStore(
    (listener) => {
      if (!manager) return () => {};
      const events = ["stack-item-added", "stack-item-popped", "stack-cleared"] as const;
      for (const name of events) manager.on(name, listener);
      return () => {
        for (const name of events) manager.off(name, listener);
      };
    },
    () => (manager ? `${manager.canUndo()}:${manager.canRedo()}` : "false:false"),
    () => "false:false",
  );
  const [canUndo, canRedo] = flags.split(":").map((flag) => flag === "true");
  return {
    undo: () => manager?.undo(),
    redo: () => manager?.redo(),
    canUndo: canUndo === true,
    canRedo: canRedo === true,
  };
}
