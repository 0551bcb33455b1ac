"use client";

import { Redo2, Undo2 } from "@/components/ui/icons";
import { buttonStyles } from "@/components/ui/button-styles";
import { useWorkshopRoom } from "./workshop-room";
import { useWorkshopUndo } from "./workshop-undo";

/**
 * The one Undo/Redo pair of the workshop: this person's own board edits (also Ctrl/Cmd+Z and
 * Shift+Ctrl/Cmd+Z). Someone else's edits are never undone from here. Disabled while locked.
 */
export function UndoControls() {
  const { role } = useWorkshopRoom();
  const { undo, redo, canUndo, canRedo } = useWorkshopUndo();
  if (role === "observer") return null;
  return (
    <div role="group" aria-label="Undo your changes" className="flex gap-1">
      <button
        type="button"
        className={buttonStyles.toolQuiet}
        onClick={undo}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        <Undo2 aria-hidden className="size-4" /> Undo
      </button>
      <button
        type="button"
        className={buttonStyles.toolQuiet}
        onClick={redo}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
      >
        <Redo2 aria-hidden className="size-4" /> Redo
      </button>
    </div>
  );
}
