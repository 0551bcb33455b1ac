"use client";

import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { QUADRANT_LABELS, classifyQuadrant, type Quadrant } from "@/lib/documents/quadrant";
import type { RiskCounts } from "@/lib/documents/warnings";
import { layoutChips, type ChipLayout } from "./chip-layout";
import type { ArrowKey, Box } from "./matrix-geometry";
import { AreaCursors, CursorToggle, useCursorSender } from "@/components/realtime/shared-cursors";
import { DropZone } from "./drop-zone";
import { useMatrixZoom, ZoomControls } from "./matrix-zoom";
import { MATRIX_DROPPABLE_ID } from "./matrix-copy";
import { MatrixNote, type RemoteHolder } from "./matrix-note";

export type PlacedIdea = {
  id: string;
  text: string;
  value: number;
  feasibility: number;
  /** Quality criteria the idea meets (of seven, lib/method/quality-criteria.ts). */
  quality: number;
  /** Texts of the duplicates stacked on this idea on the wall (drawn as this one chip). */
  stacked?: readonly string[];
};

type MatrixBoardProps = {
  placed: readonly PlacedIdea[];
  /** Who is dragging which idea right now. */
  heldBy: ReadonlyMap<string, RemoteHolder>;
  /** Drawn over the notes: the live positions of other people's drags. */
  overlay: ReactNode;
  riskCounts: ReadonlyMap<string, RiskCounts>;
  /** Dots per idea once a vote has closed; empty before. */
  votes: ReadonlyMap<string, number>;
  readOnly: boolean;
  /** Receives the matrix element, whose box maps screen points to positions. */
  onMatrixElement: (element: HTMLDivElement | null) => void;
  onNudge: (scenarioId: string, key: ArrowKey, large: boolean) => void;
  onReturn: (scenarioId: string) => void;
};

/** Above this many placed ideas, chips get narrower so more fit side by side. */
const COMPACT_FROM = 24;
/** Chip sizes in px; matrix-note.tsx draws them with the same numbers. */
export const CHIP = { width: 144, compactWidth: 128, height: 28 } as const;

// Reading order (top-left first) with the meaning of each quadrant in a few words.
const QUADRANT_CELLS: readonly { quadrant: Quadrant; hint: string; tone: string }[] = [
  { quadrant: "big-bet", hint: "High value, hard to build", tone: "bg-sky-50" },
  { quadrant: "quick-win", hint: "High value, easy to build", tone: "bg-emerald-50" },
  { quadrant: "drop-for-now", hint: "Low value, hard to build", tone: "bg-slate-100" },
  { quadrant: "fill-in", hint: "Low value, easy to build", tone: "bg-amber-50/60" },
];

type Size = { width: number; height: number };

/** The matrix's inner size and its quadrant labels' boxes, kept current as it resizes. */
function useMatrixMeasure(counts: Record<Quadrant, number>) {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const labels = useRef<(HTMLDivElement | null)[]>([]);
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  const [blocked, setBlocked] = useState<readonly Box[]>([]);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      setSize((current) =>
        current.width === width && current.height === height ? current : { width, height },
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  // Label boxes change with the matrix size and with the counts written in them.
  const countKey = Object.values(counts).join(",");
  useLayoutEffect(() => {
    if (!element) return;
    const origin = element.getBoundingClientRect();
    setBlocked(
      labels.current.flatMap((label) => {
        if (!label) return [];
        const box = label.getBoundingClientRect();
        return [
          {
            left: box.left - origin.left - element.clientLeft,
            top: box.top - origin.top - element.clientTop,
            width: box.width,
            height: box.height,
          },
        ];
      }),
    );
  }, [element, size, countKey]);
  return { element, setElement, labels, size, blocked };
}

/** The value × feasibility grid with its quadrants, axes and every placed idea. */
export const MatrixBoard = memo(function MatrixBoard(props: MatrixBoardProps) {
  const { placed, heldBy, overlay, riskCounts, votes, readOnly, onNudge, onReturn } = props;
  const { onMatrixElement } = props;

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
  const { element, setElement, labels, size, blocked } = useMatrixMeasure(counts);
  const cursorSender = useCursorSender("matrix");
  const { setViewport, onKeyDown, ...zoom } = useMatrixZoom();
  const onElement = useMemo(
    () => (element: HTMLDivElement | null) => {
      setElement(element);
      onMatrixElement(element);
    },
    [setElement, onMatrixElement],
  );

  const layout: ChipLayout = useMemo(() => {
    const chip = { width: compact ? CHIP.compactWidth : CHIP.width, height: CHIP.height };
    // The most promising ideas first: they keep their exact spots, the rest make way.
    const spots = [...placed]
      .sort((a, b) => b.value + b.feasibility - (a.value + a.feasibility) || (a.id < b.id ? -1 : 1))
      .map((idea) => ({
        id: idea.id,
        x: idea.feasibility * size.width,
        y: (1 - idea.value) * size.height,
      }));
    return layoutChips({ spots, size: chip, area: size, blocked });
  }, [placed, size, blocked, compact]);

  return (
    <div className="grid w-full min-w-0 grid-cols-[auto_1fr] grid-rows-[1fr_auto_auto] gap-1.5">
      <div className="flex flex-col items-center justify-between py-1 text-xs text-slate-600">
        <span aria-hidden="true">High</span>
        <span className="rotate-180 font-semibold text-slate-800 [writing-mode:vertical-rl]">
          Business value
        </span>
        <span aria-hidden="true">Low</span>
      </div>
      {/* Zoomed in, the matrix grows inside this window and scrolls; chips keep their size, so
          crowded ideas move apart. Fills the room left under the header, never shorter than
          600 px (plus borders) on a desktop. */}
      <div
        ref={setViewport}
        onKeyDown={onKeyDown}
        data-testid="matrix-viewport"
        className={`h-[28rem] w-full min-w-0 max-lg:overflow-auto lg:h-[max(612px,calc(100dvh-16rem))] ${
          zoom.level > 1 ? "overflow-auto rounded-lg" : ""
        }`}
      >
        <DropZone
          dropId={MATRIX_DROPPABLE_ID}
          disabled={readOnly}
          onElement={onElement}
          role="group"
          aria-label="Prioritization matrix: business value from low (bottom) to high (top), technical feasibility from hard (left) to easy (right)"
          data-testid="matrix"
          // On a phone a crowded matrix keeps a readable size and pans inside its window (the
          // page itself never scrolls sideways); the ranked list above reads it as words.
          className={`rounded-lg border-2 border-slate-300 bg-white ${
            compact ? "max-lg:min-h-[40rem] max-lg:min-w-[56rem]" : ""
          }`}
          style={{ width: `${zoom.level * 100}%`, height: `${zoom.level * 100}%` }}
          highlightClassName="-inset-0.5 rounded-lg border-2 border-brand-500"
          {...cursorSender}
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
          <div className="pointer-events-none absolute inset-0 z-40 grid grid-cols-2 grid-rows-2">
            {QUADRANT_CELLS.map(({ quadrant, hint }, index) => (
              <div
                key={quadrant}
                className={`flex flex-col p-1.5 ${
                  quadrant === "quick-win" || quadrant === "fill-in"
                    ? "items-end text-right"
                    : "items-start"
                } ${quadrant === "drop-for-now" || quadrant === "fill-in" ? "justify-end" : ""}`}
                data-testid={`quadrant-${quadrant}`}
              >
                <div
                  ref={(element) => {
                    labels.current[index] = element;
                  }}
                  className="rounded bg-white/85 px-1.5 py-0.5"
                  data-testid="quadrant-label"
                >
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
            const spot = layout.get(idea.id);
            return (
              <MatrixNote
                key={idea.id}
                scenarioId={idea.id}
                text={idea.text}
                value={idea.value}
                feasibility={idea.feasibility}
                x={spot && size.width > 0 ? spot.x : null}
                y={spot && size.width > 0 ? spot.y : null}
                riskTotal={risk?.total ?? 0}
                riskUnmitigated={risk?.unmitigated ?? 0}
                votes={votes.get(idea.id) ?? null}
                quality={idea.quality}
                stackedCount={idea.stacked?.length ?? 0}
                stackedText={idea.stacked?.join("\n") ?? ""}
                readOnly={readOnly}
                compact={compact}
                heldBy={heldBy.get(idea.id) ?? null}
                onNudge={onNudge}
                onReturn={onReturn}
              />
            );
          })}
          {overlay}
          <AreaCursors area="matrix" element={element} />
        </DropZone>
      </div>
      <div />
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 px-1 text-xs text-slate-600">
        <span aria-hidden="true">Hard</span>
        <span className="font-semibold text-slate-800">Technical feasibility</span>
        <span aria-hidden="true">Easy</span>
      </div>
      <div />
      <div className="flex flex-wrap items-center gap-2 px-1">
        <ZoomControls zoom={zoom} ideas={placed.length} />
        <CursorToggle />
      </div>
    </div>
  );
});
