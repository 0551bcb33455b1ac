"use client";

import { memo, useMemo, type ReactNode } from "react";
import { QUADRANT_LABELS, classifyQuadrant, type Quadrant } from "@/lib/documents/quadrant";
import type { RiskCounts } from "@/lib/documents/warnings";
import type { ArrowKey } from "./matrix-geometry";
import { DropZone } from "./drop-zone";
import { MATRIX_DROPPABLE_ID } from "./matrix-copy";
import { MatrixNote, type RemoteHolder } from "./matrix-note";

export type PlacedIdea = { id: string; text: string; value: number; feasibility: number };

type MatrixBoardProps = {
  placed: readonly PlacedIdea[];
  /** Who is dragging which idea right now. */
  heldBy: ReadonlyMap<string, RemoteHolder>;
  /** Drawn over the notes: the live positions of other people's drags. */
  overlay: ReactNode;
  riskCounts: ReadonlyMap<string, RiskCounts>;
  readOnly: boolean;
  /** Receives the matrix element, whose box maps screen points to positions. */
  onMatrixElement: (element: HTMLDivElement | null) => void;
  onNudge: (scenarioId: string, key: ArrowKey, large: boolean) => void;
  onReturn: (scenarioId: string) => void;
};

/** Above this many placed ideas, notes get smaller so the quadrants stay readable. */
const COMPACT_FROM = 40;

// Reading order (top-left first) with the meaning of each quadrant in a few words.
const QUADRANT_CELLS: readonly { quadrant: Quadrant; hint: string; tone: string }[] = [
  { quadrant: "big-bet", hint: "High value, hard to build", tone: "bg-sky-50" },
  { quadrant: "quick-win", hint: "High value, easy to build", tone: "bg-emerald-50" },
  { quadrant: "drop-for-now", hint: "Low value, hard to build", tone: "bg-slate-100" },
  { quadrant: "fill-in", hint: "Low value, easy to build", tone: "bg-amber-50/60" },
];

/** The value × feasibility grid with its quadrants, axes and every placed idea. */
export const MatrixBoard = memo(function MatrixBoard(props: MatrixBoardProps) {
  const { placed, heldBy, overlay, riskCounts, readOnly, onMatrixElement, onNudge, onReturn } =
    props;

  const compact = placed.length > COMPACT_FROM;
  const counts = useMemo(() => {
    const result: Record<Quadrant, number> = {
      "quick-win": 0,
      "big-bet": 0,
      "fill-in": 0,
      "drop-for-now": 0,
    };
    for (const idea of placed) result[classifyQuadrant(idea)] += 1;
    return result;
  }, [placed]);

  return (
    // Never taller than the window: the whole matrix stays in view while a note is dragged.
    <div
      className="grid w-full grid-cols-[auto_1fr] grid-rows-[1fr_auto] gap-2"
      style={{ maxWidth: "calc((100dvh - 5rem) * 4 / 3)" }}
    >
      <div className="flex flex-col items-center justify-between py-1 text-xs text-slate-600">
        <span aria-hidden="true">High</span>
        <span className="rotate-180 font-semibold text-slate-800 [writing-mode:vertical-rl]">
          Business value
        </span>
        <span aria-hidden="true">Low</span>
      </div>
      <DropZone
        dropId={MATRIX_DROPPABLE_ID}
        disabled={readOnly}
        onElement={onMatrixElement}
        role="group"
        aria-label="Prioritization matrix: business value from low (bottom) to high (top), technical feasibility from hard (left) to easy (right)"
        data-testid="matrix"
        className="aspect-[4/3] w-full rounded-lg border-2 border-slate-300 bg-white"
        highlightClassName="-inset-0.5 rounded-lg border-2 border-brand-500"
      >
        <div
          aria-hidden="true"
          className="absolute inset-0 grid grid-cols-2 grid-rows-2 overflow-hidden rounded-md"
        >
          {QUADRANT_CELLS.map(({ quadrant, tone }) => (
            <div
              key={quadrant}
              className={`${tone} border-slate-300 odd:border-r [&:nth-child(-n+2)]:border-b`}
            />
          ))}
        </div>
        {/* Labels sit above the notes (letting the pointer through) so they stay readable on a
            crowded board. */}
        <div className="pointer-events-none absolute inset-0 z-40 grid grid-cols-2 grid-rows-2">
          {QUADRANT_CELLS.map(({ quadrant, hint }) => (
            <div
              key={quadrant}
              className={`flex flex-col p-2 ${
                quadrant === "quick-win" || quadrant === "fill-in"
                  ? "items-end text-right"
                  : "items-start"
              } ${quadrant === "drop-for-now" || quadrant === "fill-in" ? "justify-end" : ""}`}
              data-testid={`quadrant-${quadrant}`}
            >
              <div className="rounded bg-white/85 px-1.5 py-0.5">
                <p className="text-sm font-semibold text-slate-800">
                  {QUADRANT_LABELS[quadrant]}{" "}
                  <span className="font-normal text-slate-600">
                    ({counts[quadrant]} {counts[quadrant] === 1 ? "idea" : "ideas"})
                  </span>
                </p>
                <p className="text-xs text-slate-600">{hint}</p>
              </div>
            </div>
          ))}
        </div>
        {placed.map((idea) => {
          const risk = riskCounts.get(idea.id);
          return (
            <MatrixNote
              key={idea.id}
              scenarioId={idea.id}
              text={idea.text}
              value={idea.value}
              feasibility={idea.feasibility}
              riskTotal={risk?.total ?? 0}
              riskUnmitigated={risk?.unmitigated ?? 0}
              readOnly={readOnly}
              compact={compact}
              heldBy={heldBy.get(idea.id) ?? null}
              onNudge={onNudge}
              onReturn={onReturn}
            />
          );
        })}
        {overlay}
      </DropZone>
      <div />
      <div className="flex items-center justify-between px-1 text-xs text-slate-600">
        <span aria-hidden="true">Hard</span>
        <span className="font-semibold text-slate-800">Technical feasibility</span>
        <span aria-hidden="true">Easy</span>
      </div>
    </div>
  );
});
