import type { Awareness } from "y-protocols/awareness";
import type { CursorPoint } from "@/lib/realtime/client/presence";

/** The boards that share pointers; a pointer is only drawn on the board it was sent from. */
export type CursorArea = "scenarios" | "persofails" | "matrix";

const AREA_FIELD = "cursorArea";

/**
 * This person's pointer over a board (null: off every board), sent as one awareness change so
 * nobody sees a pointer from one board drawn on another for a moment.
 */
export function setAreaCursor(
  awareness: Awareness,
  area: CursorArea,
  cursor: CursorPoint | null,
): void {
  const state = awareness.getLocalState();
  if (!state) return;
  // Leaving a board clears the pointer only if it is still on that board.
  if (cursor === null && state[AREA_FIELD] !== area) return;
  awareness.setLocalState({ ...state, cursor, [AREA_FIELD]: cursor ? area : null });
}

/** The board a peer's pointer is over, or null. */
export function cursorAreaOf(awareness: Awareness, clientId: number): string | null {
  const area: unknown = awareness.getStates().get(clientId)?.[AREA_FIELD];
  return typeof area === "string" ? area : null;
}
