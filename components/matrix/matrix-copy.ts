// Words shared by the matrix notes, the tray and the screen-reader instructions.

import { noteLabel } from "@/lib/documents/note-label";

export const MATRIX_DROPPABLE_ID = "prioritize-matrix";
export const TRAY_DROPPABLE_ID = "prioritize-tray";

export const MATRIX_NOTE_HELP_ID = "prioritize-matrix-note-help";
export const TRAY_NOTE_HELP_ID = "prioritize-tray-note-help";

export const MATRIX_NOTE_HELP =
  "Arrow keys move this idea on the matrix; hold Shift for bigger steps. Delete sends it back to the tray.";
export const TRAY_NOTE_HELP =
  "Press Space to pick this idea up, arrow keys to bring it onto the matrix and move it, Space to drop it there, Escape to cancel.";
export const READ_ONLY_HELP = "Read only: you can see the matrix but not move ideas.";

/** A short, quotable version of a scenario's text for announcements. */
export function shortText(text: string): string {
  return noteLabel(text, { fallback: "Untitled idea", length: "long" });
}

/** Element id of a note, so focus can follow it between the tray and the matrix. */
export function noteElementId(place: "tray" | "matrix", scenarioId: string): string {
  return `${place}-note-${scenarioId}`;
}
