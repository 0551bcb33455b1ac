"use client";

import { memo, useCallback, useMemo, type KeyboardEvent } from "react";
import { describePosition, isArrowKey, positionToPercent, type ArrowKey } from "./matrix-geometry";
import { MATRIX_NOTE_HELP_ID, noteElementId, shortText } from "./matrix-copy";
import { RiskBadges, describeRisks } from "./risk-badges";
import type { DragData } from "./drag-data";
import { DraggableNote } from "./draggable-note";

export type RemoteHolder = { name: string; colour: string };

type MatrixNoteProps = {
  scenarioId: string;
  text: string;
  value: number;
  feasibility: number;
  riskTotal: number;
  riskUnmitigated: number;
  readOnly: boolean;
  /** Smaller notes with less text, once the matrix gets crowded. */
  compact: boolean;
  /** Someone else is dragging this note right now (RemoteDragLayer draws where). */
  heldBy: RemoteHolder | null;
  onNudge: (scenarioId: string, key: ArrowKey, large: boolean) => void;
  onReturn: (scenarioId: string) => void;
};

/**
 * One idea on the matrix. Props are primitives so a change to one note re-renders only that
 * note; the resting position is a percentage of the matrix and moves while dragging are
 * transforms on the drag overlay.
 */
export const MatrixNote = memo(function MatrixNote(props: MatrixNoteProps) {
  const { scenarioId, text, value, feasibility, riskTotal, riskUnmitigated, readOnly, heldBy } =
    props;
  const { compact, onNudge, onReturn } = props;
  const { left, top } = positionToPercent({ value, feasibility });
  const label = [
    shortText(text),
    describePosition({ value, feasibility }),
    describeRisks({ total: riskTotal, unmitigated: riskUnmitigated }),
    heldBy ? `${heldBy.name} is moving it` : null,
  ]
    .filter(Boolean)
    .join(". ");

  const onIdleKey = useCallback(
    (event: KeyboardEvent<HTMLDivElement>): boolean => {
      if (event.altKey || event.ctrlKey || event.metaKey) return false;
      if (isArrowKey(event.key)) {
        event.preventDefault();
        onNudge(scenarioId, event.key, event.shiftKey);
        return true;
      }
      if (event.key === "Delete" || event.key === "Backspace") {
        event.preventDefault();
        onReturn(scenarioId);
        return true;
      }
      return false;
    },
    [scenarioId, onNudge, onReturn],
  );
  const data = useMemo((): DragData => ({ scenarioId, from: "matrix" }), [scenarioId]);
  // A ring in the holder's colour (their name is written on the note too); the focus outline
  // stays free for keyboard users.
  const ring = useMemo(
    () => (heldBy ? { boxShadow: `0 0 0 2px ${heldBy.colour}` } : undefined),
    [heldBy],
  );

  return (
    <div
      className={`group absolute z-10 -translate-x-1/2 -translate-y-1/2 focus-within:z-30 hover:z-20 ${compact ? "w-28" : "w-36"}`}
      style={{ left: `${left}%`, top: `${top}%` }}
      data-testid="matrix-note"
    >
      <DraggableNote
        data={data}
        readOnly={readOnly}
        elementId={noteElementId("matrix", scenarioId)}
        label={label}
        describedBy={MATRIX_NOTE_HELP_ID}
        title={text}
        faded={heldBy !== null}
        className={`flex flex-col gap-1 rounded-md border border-amber-300 bg-amber-50 text-left leading-snug text-slate-900 shadow-sm ${compact ? "p-1 text-[0.6875rem]" : "p-2 text-xs"}`}
        style={ring}
        onIdleKey={onIdleKey}
      >
        <span className={compact ? "line-clamp-2" : "line-clamp-3"}>{text || "Untitled idea"}</span>
        <RiskBadges total={riskTotal} unmitigated={riskUnmitigated} />
        {heldBy ? (
          <span aria-hidden="true" className="text-[0.6875rem] font-medium text-slate-700">
            {heldBy.name} is moving this…
          </span>
        ) : null}
      </DraggableNote>
      {readOnly ? null : (
        <button
          type="button"
          tabIndex={-1}
          onClick={() => onReturn(scenarioId)}
          aria-label={`Return “${shortText(text)}” to the tray`}
          title="Back to the tray"
          className="absolute -top-2 -right-2 hidden size-5 place-items-center rounded-full border border-slate-300 bg-white text-xs text-slate-700 shadow group-hover:grid hover:bg-slate-100"
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
});

type RemoteGhostProps = { text: string; value: number; feasibility: number; heldBy: RemoteHolder };

/** A note someone else is dragging, shown where they hold it until they drop it. */
export const RemoteGhost = memo(function RemoteGhost(props: RemoteGhostProps) {
  const { left, top } = positionToPercent(props);
  return (
    <div
      className="pointer-events-none absolute z-20 w-36 -translate-x-1/2 -translate-y-1/2 rounded-md border border-dashed border-amber-400 bg-amber-50/80 p-2 text-xs text-slate-900 shadow"
      style={{ left: `${left}%`, top: `${top}%`, outline: `2px solid ${props.heldBy.colour}` }}
      aria-hidden="true"
      data-testid="remote-ghost"
    >
      <span className="line-clamp-2">{props.text || "Untitled idea"}</span>
      <span className="text-[0.6875rem] font-medium text-slate-700">
        {props.heldBy.name} is moving this…
      </span>
    </div>
  );
});
