"use client";

import { useDndContext, useDroppable } from "@dnd-kit/core";
import { useCallback } from "react";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { stackedOn, unstackScenario } from "@/lib/documents/stacks";
import { useBoardSelector } from "@/lib/documents/use-board";
import { useBoardEditing } from "./board-room";
import { shortText } from "./short-text";

const STACK_PREFIX = "stack:";

/** The droppable id of the zone that stacks a dragged note onto `scenarioId`. */
export function stackZoneId(scenarioId: string): string {
  return `${STACK_PREFIX}${scenarioId}`;
}

/** The note a drop zone id stacks onto, or null when the id is not a stack zone. */
export function stackTargetOf(overId: string): string | null {
  return overId.startsWith(STACK_PREFIX) ? overId.slice(STACK_PREFIX.length) : null;
}

/** While another note is dragged: a zone on this note that stacks the dragged one onto it. */
export function StackDropZone({ scenarioId, label }: { scenarioId: string; label: string }) {
  const { canEdit } = useBoardEditing();
  const { active } = useDndContext();
  const dragging = active !== null && active.id !== scenarioId;
  const { setNodeRef, isOver } = useDroppable({
    id: stackZoneId(scenarioId),
    disabled: !canEdit || !dragging,
  });
  if (!dragging) return null;
  return (
    <p
      ref={setNodeRef}
      data-testid="stack-zone"
      className={`rounded border-2 border-dashed px-2 py-1 text-center text-xs ${
        isOver
          ? "border-slate-700 bg-white font-semibold text-slate-900"
          : "text-note-ink border-amber-500"
      }`}
    >
      {isOver ? `Release to stack on “${label}”` : "Drop here: same idea"}
    </p>
  );
}

/** The duplicates stacked on a note, each with its own text and a way back out. */
export function StackedNotes({ hostId, hostLabel }: { hostId: string; hostLabel: string }) {
  const { doc, canEdit, report } = useBoardEditing();
  const select = useCallback(
    (snapshot: BoardSnapshot) => stackedOn(hostId, snapshot.scenarios),
    [hostId],
  );
  const stacked = useBoardSelector(doc, select);
  if (stacked.length === 0) return null;
  return (
    <ul aria-label={`Same idea as ${hostLabel}`} className="flex flex-col gap-1">
      {stacked.map((note) => {
        const label = shortText(note.text, "empty scenario");
        return (
          <li
            key={note.id}
            data-testid="stacked-note"
            className="gap-note border-note-edge text-meta flex items-start rounded border bg-white/70 px-2 py-1 text-slate-800"
          >
            <span className="flex-1 whitespace-pre-wrap">
              <span className="font-semibold">Same idea: </span>
              {note.text.trim() || "Empty scenario"}
            </span>
            <button
              type="button"
              disabled={!canEdit}
              aria-label={`Unstack ${label} from ${hostLabel}`}
              onClick={() => report(unstackScenario(doc, { scenarioId: note.id }))}
              className="rounded px-1 underline hover:bg-amber-100 disabled:opacity-50"
            >
              Unstack
            </button>
          </li>
        );
      })}
    </ul>
  );
}
