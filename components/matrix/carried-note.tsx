"use client";

import { useDraggable } from "@dnd-kit/core";
import { createContext, useLayoutEffect, useSyncExternalStore } from "react";
import type { RiskCounts } from "@/lib/documents/warnings";
import type { DragData } from "./drag-data";
import { CARRIER_ID, type CarriedNote, type NoteCarrier } from "./note-carrier";
import { NoteFace } from "./note-face";

/** The carrier for the notes below; without one they cannot be picked up. */
export const NoteCarrierContext = createContext<NoteCarrier | null>(null);

function noSubscription(): () => void {
  return () => {};
}

/** Whether this note is the one in flight; re-renders only the notes whose answer changes. */
export function useIsCarried(carrier: NoteCarrier | null, note: DragData): boolean {
  return useSyncExternalStore(
    carrier?.subscribe ?? noSubscription,
    () => carrier?.isCarried(note) ?? false,
    () => false,
  );
}

function useCarriedNote(carrier: NoteCarrier): CarriedNote | null {
  return useSyncExternalStore(carrier.subscribe, carrier.carried, () => null);
}

type CarrierDraggableProps = { carrier: NoteCarrier; readOnly: boolean };

/** The step's one `useDraggable`, lent to whichever note is picked up; render it in DndContext. */
export function CarrierDraggable({ carrier, readOnly }: CarrierDraggableProps) {
  const { listeners, setNodeRef } = useDraggable({ id: CARRIER_ID, disabled: readOnly });
  useLayoutEffect(() => {
    carrier.connect({ listeners, setNodeRef });
    return () => carrier.connect(null);
  }, [carrier, listeners, setNodeRef]);
  return null;
}

type CarriedNoteFaceProps = {
  carrier: NoteCarrier;
  textOf: (scenarioId: string) => string;
  riskCounts: ReadonlyMap<string, RiskCounts>;
};

/** The note under the pointer while it is in flight (the content of dnd-kit's DragOverlay). */
export function CarriedNoteFace({ carrier, textOf, riskCounts }: CarriedNoteFaceProps) {
  const carried = useCarriedNote(carrier);
  if (!carried) return null;
  const risks = riskCounts.get(carried.scenarioId);
  return (
    <NoteFace
      text={textOf(carried.scenarioId)}
      riskTotal={risks?.total ?? 0}
      riskUnmitigated={risks?.unmitigated ?? 0}
    />
  );
}

/**
 * A transparent pane over the page while a note is in flight. The drag overlay trails the
 * pointer by a frame, so without it hover would flip between the overlay and the notes below on
 * every move and repaint a crowded matrix each time (dnd-kit finds targets from boxes, not hit
 * tests). It also keeps the grabbing cursor. It sits just under the overlay (z-index 999).
 */
export function DragShield({ carrier }: { carrier: NoteCarrier }) {
  const carried = useCarriedNote(carrier);
  return carried ? (
    <div aria-hidden="true" className="fixed inset-0 z-[998] cursor-grabbing" />
  ) : null;
}
