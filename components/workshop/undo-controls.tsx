"use client";

import { buttonStyles } from "@/components/ui/button-styles";
import { useUndo } from "@/lib/realtime/client/use-undo";
import { boardUndoScope } from "@/lib/workshop/board-undo-scope";
import { useCanEdit } from "./use-can-edit";
import { useWorkshopRoom } from "./workshop-room";

/**
 * Undo and redo of this person's own board edits (also Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z).
 * Someone else's edits are never undone from here.
 */
export function UndoControls() {
  const { docs } = useWorkshopRoom();
  const canEdit = useCanEdit();
  const { undo, redo, canUndo, canRedo } = useUndo(canEdit ? boardUndoScope(docs.board) : null);
  if (!canEdit) return null;
  return (
    <div role="group" aria-label="Undo your changes" className="flex gap-1">
      <button
        type="button"
        className={buttonStyles.quiet}
        onClick={undo}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        <span aria-hidden>↶</span> Undo
      </button>
      <button
        type="button"
        className={buttonStyles.quiet}
        onClick={redo}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
      >
        <span aria-hidden>↷</span> Redo
      </button>
    </div>
  );
}
