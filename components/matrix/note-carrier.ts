import type { DraggableSyntheticListeners } from "@dnd-kit/core";
import type { SyntheticEvent } from "react";
import type { DragData } from "./drag-data";

// One dnd-kit draggable for every note on the prioritize step. dnd-kit re-renders each
// `useDraggable` user whenever a drag starts, ends or changes target; with 500 notes that cost
// 40–200 ms at pick-up and again at drop. Notes are plain elements instead: pressing one hands the
// event to the single draggable (CarrierDraggable), which adopts the note's element as its node,
// so dnd-kit measures, scrolls and returns focus to that note, and drags it with the usual sensors.

/** The note in flight and how it was picked up. */
export type CarriedNote = DragData & { keyboard: boolean };

export const CARRIER_ID = "prioritize-note";

// The dnd-kit listener for each event a note passes on: MouseSensor, TouchSensor and
// KeyboardSensor start from these.
const LISTENER_OF: Readonly<Record<string, string>> = {
  mousedown: "onMouseDown",
  touchstart: "onTouchStart",
  keydown: "onKeyDown",
};

/** dnd-kit's side of the carrier, from `useDraggable`. */
export type CarrierDraggableParts = {
  listeners: DraggableSyntheticListeners;
  setNodeRef: (element: HTMLElement | null) => void;
};

export type NoteCarrier = {
  /** Passes a pointer, touch or key event on a note to dnd-kit, which may start dragging it. */
  pickUp: (event: SyntheticEvent<HTMLElement>, note: DragData) => void;
  /** The last note handed to dnd-kit; still set after the drop, for the announcement. */
  picked: () => DragData | null;
  /** For dnd-kit's onDragPending: a pick-up waits for its activation constraint. */
  hold: () => void;
  /** For dnd-kit's onDragStart: the picked note is now in flight. */
  lift: (keyboard: boolean) => CarriedNote | null;
  /** For dnd-kit's onDragEnd, onDragCancel and onDragAbort. */
  release: () => void;
  carried: () => CarriedNote | null;
  isCarried: (note: DragData) => boolean;
  /** Called when the note in flight changes. */
  subscribe: (listener: () => void) => () => void;
  connect: (draggable: CarrierDraggableParts | null) => void;
};

export function createNoteCarrier(): NoteCarrier {
  let draggable: CarrierDraggableParts | null = null;
  let picked: DragData | null = null;
  // From a pick-up dnd-kit accepted until the drop. dnd-kit ignores other pick-ups meanwhile
  // (a second finger, a press on another note during a keyboard drag), so the note it carries
  // must not change under it.
  let held = false;
  let carried: CarriedNote | null = null;
  const listeners = new Set<() => void>();

  function setCarried(next: CarriedNote | null): void {
    if (next === carried) return;
    carried = next;
    for (const listener of [...listeners]) listener();
  }

  return {
    pickUp(event, note) {
      const listener = draggable?.listeners?.[LISTENER_OF[event.type] ?? ""];
      if (held || !draggable || !listener) return;
      picked = note;
      draggable.setNodeRef(event.currentTarget);
      listener(event);
    },
    picked: () => picked,
    hold() {
      held = true;
    },
    lift(keyboard) {
      held = true;
      setCarried(picked ? { ...picked, keyboard } : null);
      return carried;
    },
    release() {
      held = false;
      setCarried(null);
    },
    carried: () => carried,
    isCarried: (note) => carried?.scenarioId === note.scenarioId && carried.from === note.from,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connect(next) {
      draggable = next;
    },
  };
}
