"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { createUserUndoManager, undoShortcutFor } from "./undo";

export type UseUndoResult = {
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
};

export type UseUndoOptions = {
  /** False while this person may not write (observer, locked board): undo, redo and keys do nothing. */
  enabled: boolean;
};

const NO_FLAGS = "false:false";

/**
 * Per-user undo/redo over `scope` (types of one doc, e.g. the board's root maps), with
 * Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z bound on the window. Mount it once per room: two managers on
 * one scope would each undo the same edit. Pass a stable scope (memoised per doc).
 */
export function useUndo(
  scope: ConstructorParameters<typeof Y.UndoManager>[0] | null,
  { enabled }: UseUndoOptions,
): UseUndoResult {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  // Read by the key handler, which is bound once per manager, not once per render.
  const allowed = useRef(enabled);
  useEffect(() => {
    allowed.current = enabled;
  }, [enabled]);

  useEffect(() => {
    if (!scope) return;
    const created = createUserUndoManager(scope);
    // An external object created in an effect must reach render somehow; this is that handoff.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setManager(created);
    const onKeyDown = (event: KeyboardEvent): void => {
      const action = undoShortcutFor(event);
      if (!action || !allowed.current) return;
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
    () => (manager ? `${manager.canUndo()}:${manager.canRedo()}` : NO_FLAGS),
    () => NO_FLAGS,
  );
  const [canUndo, canRedo] = flags.split(":").map((flag) => flag === "true");
  return {
    undo: () => {
      if (enabled) manager?.undo();
    },
    redo: () => {
      if (enabled) manager?.redo();
    },
    canUndo: enabled && canUndo === true,
    canRedo: enabled && canRedo === true,
  };
}
