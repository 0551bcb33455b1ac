import type { Announcements } from "@dnd-kit/core";
import { noteLabel } from "@/lib/documents/note-label";
import { dropTarget, parseEndSlot, type BoardColumn } from "./drop-target";

/** What the announcements need to name notes and places; read fresh at each event. */
export type BoardOutline = {
  columns: readonly BoardColumn[];
  segmentNames: ReadonlyMap<string, string>;
  scenarioTexts: ReadonlyMap<string, string>;
};

export const DRAG_INSTRUCTIONS =
  "To move a scenario, focus its move handle and press Space or Enter. Use the arrow keys to " +
  "choose a new place, up and down within a segment, left and right between segments. Press " +
  "Space or Enter to drop it there, or Escape to cancel.";

function columnName(outline: BoardOutline, segmentId: string | null): string {
  if (segmentId === null) return "Unsorted";
  return outline.segmentNames.get(segmentId)?.trim() || "Untitled segment";
}

/** A short name for a note, e.g. "Scenario “Recommend sizes…”". */
export function noteName(outline: BoardOutline, scenarioId: string): string {
  const text = outline.scenarioTexts.get(scenarioId) ?? "";
  if (!text.trim()) return "Empty scenario";
  return `Scenario “${noteLabel(text, { fallback: "", length: "short" })}”`;
}

/** "position 2 of 3 in Returning shoppers", counted with the note in its final place. */
export function describePlace(
  outline: BoardOutline,
  segmentId: string | null,
  index: number,
  total: number,
): string {
  return `position ${index + 1} of ${total} in ${columnName(outline, segmentId)}`;
}

function currentPlace(outline: BoardOutline, scenarioId: string): string {
  for (const column of outline.columns) {
    const index = column.scenarioIds.indexOf(scenarioId);
    if (index !== -1) {
      return describePlace(outline, column.segmentId, index, column.scenarioIds.length);
    }
  }
  return "its place";
}

function targetPlace(outline: BoardOutline, activeId: string, overId: string | null) {
  if (overId === null) return null;
  const target = dropTarget({ columns: outline.columns, activeId, overId });
  if (!target) return overId === activeId || parseEndSlot(overId) !== undefined ? "same" : null;
  const column = outline.columns.find((candidate) => candidate.segmentId === target.segmentId);
  const others = column ? column.scenarioIds.filter((id) => id !== activeId).length : 0;
  return describePlace(outline, target.segmentId, target.index, others + 1);
}

/** Screen-reader announcements for dragging scenario notes, naming notes and segments. */
export function scenarioAnnouncements(getOutline: () => BoardOutline): Announcements {
  // dnd-kit reports the note over itself right after pick-up; staying quiet then keeps the
  // "Picked up" message from being replaced before it is read.
  let leftStart = false;
  return {
    onDragStart({ active }) {
      leftStart = false;
      const outline = getOutline();
      const id = String(active.id);
      return `Picked up ${noteName(outline, id)}, ${currentPlace(outline, id)}.`;
    },
    onDragOver({ active, over }) {
      const outline = getOutline();
      const id = String(active.id);
      if (!leftStart && over?.id === active.id) return undefined;
      leftStart = true;
      const place = targetPlace(outline, id, over ? String(over.id) : null);
      if (place === null) return `${noteName(outline, id)} is not over a place to drop.`;
      if (place === "same") return `${noteName(outline, id)} is back in its original place.`;
      return `${noteName(outline, id)} would move to ${place}.`;
    },
    onDragEnd({ active, over }) {
      const outline = getOutline();
      const id = String(active.id);
      const place = targetPlace(outline, id, over ? String(over.id) : null);
      if (place === null || place === "same") return `${noteName(outline, id)} was not moved.`;
      return `Dropped ${noteName(outline, id)} at ${place}.`;
    },
    onDragCancel({ active }) {
      const outline = getOutline();
      return `Moving cancelled. ${noteName(outline, String(active.id))} stays where it was.`;
    },
  };
}
