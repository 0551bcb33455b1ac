import type { Active, Announcements, Over } from "@dnd-kit/core";
import type { MatrixPosition } from "@/lib/documents/records";
import type { DragData } from "./drag-data";
import { describePosition } from "./matrix-geometry";
import { TRAY_DROPPABLE_ID, shortText } from "./matrix-copy";

type AnnouncementOptions = {
  textOf: (scenarioId: string) => string;
  positionOf: (active: Active) => MatrixPosition | null;
  /** The note dnd-kit's one draggable carries (note-carrier.ts), still set after the drop. */
  noteInHand: () => DragData | null;
  /** Moves are read aloud only for keyboard drags; a mouse drag would flood the reader. */
  isKeyboardDrag: () => boolean;
};

/** What screen readers hear while an idea is picked up, moved and dropped. */
export function matrixAnnouncements(options: AnnouncementOptions): Announcements {
  const { textOf, positionOf, noteInHand, isKeyboardDrag } = options;
  function name(): string {
    const note = noteInHand();
    return `“${shortText(note ? textOf(note.scenarioId) : "")}”`;
  }
  let lastMove = "";
  return {
    onDragStart() {
      lastMove = "";
      return `Picked up ${name()}.`;
    },
    onDragMove({ active }) {
      if (!isKeyboardDrag()) return undefined;
      const position = positionOf(active);
      const move = position ? describePosition(position) : "outside the matrix";
      if (move === lastMove) return undefined;
      lastMove = move;
      return `${name()}: ${move}.`;
    },
    onDragOver() {
      return undefined;
    },
    onDragEnd({ active, over }: { active: Active; over: Over | null }) {
      const position = positionOf(active);
      if (position) return `${name()} placed: ${describePosition(position)}.`;
      if (over?.id === TRAY_DROPPABLE_ID && noteInHand()?.from === "matrix") {
        return `${name()} is back in the tray.`;
      }
      return `${name()} was dropped outside the matrix and stays where it was.`;
    },
    onDragCancel() {
      return `Cancelled. ${name()} stays where it was.`;
    },
  };
}
