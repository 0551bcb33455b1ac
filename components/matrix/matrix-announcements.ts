import type { Active, Announcements, Over } from "@dnd-kit/core";
import type { MatrixPosition } from "@/lib/workshop/records";
import { isDragData } from "./drag-data";
import { describePosition } from "./matrix-geometry";
import { TRAY_DROPPABLE_ID, shortText } from "./matrix-copy";

type AnnouncementOptions = {
  textOf: (scenarioId: string) => string;
  positionOf: (active: Active) => MatrixPosition | null;
  /** Moves are read aloud only for keyboard drags; a mouse drag would flood the reader. */
  isKeyboardDrag: boolean;
};

function nameOf(active: Active, textOf: (id: string) => string): string {
  const data = active.data.current;
  return `“${shortText(isDragData(data) ? textOf(data.scenarioId) : "")}”`;
}

/** What screen readers hear while an idea is picked up, moved and dropped. */
export function matrixAnnouncements(options: AnnouncementOptions): Announcements {
  const { textOf, positionOf, isKeyboardDrag } = options;
  let lastMove = "";
  return {
    onDragStart({ active }) {
      lastMove = "";
      return `Picked up ${nameOf(active, textOf)}.`;
    },
    onDragMove({ active }) {
      if (!isKeyboardDrag) return undefined;
      const position = positionOf(active);
      const move = position ? describePosition(position) : "outside the matrix";
      if (move === lastMove) return undefined;
      lastMove = move;
      return `${nameOf(active, textOf)}: ${move}.`;
    },
    onDragOver() {
      return undefined;
    },
    onDragEnd({ active, over }: { active: Active; over: Over | null }) {
      const position = positionOf(active);
      const name = nameOf(active, textOf);
      if (position) return `${name} placed: ${describePosition(position)}.`;
      const data = active.data.current;
      if (over?.id === TRAY_DROPPABLE_ID && isDragData(data) && data.from === "matrix") {
        return `${name} is back in the tray.`;
      }
      return `${name} was dropped outside the matrix and stays where it was.`;
    },
    onDragCancel({ active }) {
      return `Cancelled. ${nameOf(active, textOf)} stays where it was.`;
    },
  };
}
