"use client";

import { TriangleAlert, X } from "@/components/ui/icons";
import { memo, useCallback, useMemo, type KeyboardEvent } from "react";
import { describePosition, isArrowKey, positionToPercent, type ArrowKey } from "./matrix-geometry";
import { MATRIX_NOTE_HELP_ID, noteElementId, shortText } from "./matrix-copy";
import { RiskBadges, describeRisks } from "./risk-badges";
import type { DragData } from "./drag-data";
import { DraggableNote } from "./draggable-note";
import { QUALITY_CRITERIA } from "@/lib/documents/records";
import { qualityScoreText } from "@/lib/method/quality-criteria";

export type RemoteHolder = { name: string; colour: string };

type MatrixNoteProps = {
  scenarioId: string;
  text: string;
  value: number;
  feasibility: number;
  /** Where the chip is drawn (px inside the matrix), nudged clear of others; null: exact spot. */
  x: number | null;
  y: number | null;
  riskTotal: number;
  riskUnmitigated: number;
  /** Dots from the last closed vote; null while none has closed. */
  votes: number | null;
  /** Quality criteria met (of seven); the chip shows the score once one is met. */
  quality: number;
  /** Duplicates stacked on this idea on the wall: they share this chip. */
  stackedCount: number;
  /** Their texts, one a line. */
  stackedText: string;
  readOnly: boolean;
  /** Narrower chips, once the matrix gets crowded. */
  compact: boolean;
  /** Someone else is dragging this note right now (RemoteDragLayer draws where). */
  heldBy: RemoteHolder | null;
  onNudge: (scenarioId: string, key: ArrowKey, large: boolean) => void;
  onReturn: (scenarioId: string) => void;
};

/**
 * One idea on the matrix, as a one-line chip; the full text opens on hover and keyboard focus.
 * Props are primitives so a change to one note re-renders only that note; moves while dragging
 * are transforms on the drag overlay.
 */
export const MatrixNote = memo(function MatrixNote(props: MatrixNoteProps) {
  const { scenarioId, text, value, feasibility, riskTotal, riskUnmitigated, readOnly, heldBy } =
    props;
  const { x, y, votes, quality, compact, stackedCount, stackedText, onNudge, onReturn } = props;
  const { left, top } = positionToPercent({ value, feasibility });
  const label = [
    shortText(text),
    describePosition({ value, feasibility }),
    describeRisks({ total: riskTotal, unmitigated: riskUnmitigated }),
    votes === null ? null : `${votes} ${votes === 1 ? "dot" : "dots"}`,
    stackedCount > 0
      ? `Stack of ${stackedCount + 1} notes with the same idea: ${stackedText
          .split("\n")
          .map((t) => shortText(t))
          .join("; ")}`
      : null,
    quality > 0 ? qualityScoreText({ met: quality, total: QUALITY_CRITERIA.length }) : null,
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
  const place = useMemo(
    () =>
      x === null || y === null
        ? { left: `${left}%`, top: `${top}%` }
        : { left: `${x}px`, top: `${y}px` },
    [x, y, left, top],
  );
  const fullText = text || "Untitled idea";

  return (
    <div
      className={`group absolute z-10 -translate-x-1/2 -translate-y-1/2 focus-within:z-50 hover:z-50 ${compact ? "w-32" : "w-36"}`}
      style={place}
      data-testid="matrix-note"
    >
      <DraggableNote
        data={data}
        readOnly={readOnly}
        elementId={noteElementId("matrix", scenarioId)}
        label={label}
        describedBy={MATRIX_NOTE_HELP_ID}
        faded={heldBy !== null}
        className="flex h-7 items-center gap-1 rounded-md border border-amber-300 bg-amber-50 px-1.5 text-left text-xs leading-none text-slate-900 shadow-sm"
        style={ring}
        onIdleKey={onIdleKey}
      >
        <span className="min-w-0 flex-1 truncate">{fullText}</span>
        {riskUnmitigated > 0 ? (
          <TriangleAlert aria-hidden="true" className="size-3.5 shrink-0 text-red-700" />
        ) : null}
        {quality > 0 ? (
          <span
            aria-hidden="true"
            data-testid="chip-quality"
            className="shrink-0 rounded bg-white px-1 py-0.5 text-[0.6875rem] font-semibold text-slate-800 ring-1 ring-slate-400"
          >
            {quality}/{QUALITY_CRITERIA.length}
          </span>
        ) : null}
        {stackedCount > 0 ? (
          <span
            aria-hidden="true"
            data-testid="chip-stack"
            title={`${stackedCount + 1} notes, same idea`}
            className="shrink-0 rounded bg-amber-200 px-1 py-0.5 text-[0.6875rem] font-semibold text-amber-950"
          >
            ×{stackedCount + 1}
          </span>
        ) : null}
        {votes ? (
          <span
            aria-hidden="true"
            className="bg-brand-600 shrink-0 rounded-full px-1.5 py-0.5 text-[0.6875rem] font-semibold text-white"
          >
            {votes}
          </span>
        ) : null}
      </DraggableNote>
      {/* The whole idea, for anyone pointing at or tabbing to the chip. */}
      <div
        aria-hidden="true"
        data-testid="chip-detail"
        className="pointer-events-none absolute top-full left-1/2 z-50 mt-1 hidden w-60 -translate-x-1/2 flex-col gap-1 rounded-md border border-slate-300 bg-white p-2 text-xs text-slate-900 shadow-lg group-focus-within:flex group-hover:flex"
      >
        {/* Drawn from an attribute, so the text is not in the page twice for text searches. */}
        <span data-full={fullText} className="before:content-[attr(data-full)]" />
        {stackedCount > 0 ? (
          <span
            data-full={`Same idea: ${stackedText.split("\n").join(" · ")}`}
            className="text-slate-700 before:content-[attr(data-full)]"
          />
        ) : null}
        <RiskBadges total={riskTotal} unmitigated={riskUnmitigated} />
        {quality > 0 ? (
          <span className="text-slate-600">
            {quality} of {QUALITY_CRITERIA.length} quality criteria met
          </span>
        ) : null}
        {votes === null ? null : (
          <span className="text-slate-600">
            {votes} {votes === 1 ? "dot" : "dots"} in the vote
          </span>
        )}
        {heldBy ? (
          <span className="font-medium text-slate-700">{heldBy.name} is moving this…</span>
        ) : null}
      </div>
      {readOnly ? null : (
        <button
          type="button"
          tabIndex={-1}
          onClick={() => onReturn(scenarioId)}
          aria-label={`Return “${shortText(text)}” to the tray`}
          title="Back to the tray"
          className="absolute -top-2 -right-2 hidden size-5 place-items-center rounded-full border border-slate-300 bg-white text-slate-700 shadow group-hover:grid hover:bg-slate-100"
        >
          <X aria-hidden="true" className="size-3" />
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
