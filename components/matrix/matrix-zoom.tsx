"use client";

import { ZoomIn, ZoomOut } from "@/components/ui/icons";
import { useCallback, useLayoutEffect, useState, type KeyboardEvent } from "react";

/** Zoom steps: 100 % fits the window; above it the matrix scrolls inside its window. */
export const ZOOM_LEVELS = [1, 1.5, 2, 3] as const;
/** From this many placed ideas the controls say zooming helps. */
export const ZOOM_HINT_FROM = 50;

export type MatrixZoom = {
  level: number;
  setViewport: (element: HTMLDivElement | null) => void;
  zoomIn: () => void;
  zoomOut: () => void;
  reset: () => void;
  /** +, − and 0 while focus is anywhere in the matrix. */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
};

/** The matrix's zoom, keeping the middle of what is in view where it was. */
export function useMatrixZoom(): MatrixZoom {
  // With the level, the point that was in the middle of the window (as shares of the matrix)
  // before it changed, to bring it back there.
  const [state, setState] = useState<{ index: number; centre: { x: number; y: number } | null }>({
    index: 0,
    centre: null,
  });
  const [viewport, setViewport] = useState<HTMLDivElement | null>(null);

  const change = useCallback(
    (next: (current: number) => number) => {
      const centre =
        viewport && viewport.scrollWidth > 0 && viewport.scrollHeight > 0
          ? {
              x: (viewport.scrollLeft + viewport.clientWidth / 2) / viewport.scrollWidth,
              y: (viewport.scrollTop + viewport.clientHeight / 2) / viewport.scrollHeight,
            }
          : null;
      setState((current) => ({
        index: Math.min(ZOOM_LEVELS.length - 1, Math.max(0, next(current.index))),
        centre,
      }));
    },
    [viewport],
  );

  const level = ZOOM_LEVELS[state.index] ?? 1;
  const { centre } = state;
  useLayoutEffect(() => {
    if (!viewport || !centre) return;
    viewport.scrollTo({
      left: centre.x * viewport.scrollWidth - viewport.clientWidth / 2,
      top: centre.y * viewport.scrollHeight - viewport.clientHeight / 2,
    });
    // A chip with focus stays in view.
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && viewport.contains(focused)) {
      focused.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  }, [level, centre, viewport]);

  const zoomIn = useCallback(() => change((current) => current + 1), [change]);
  const zoomOut = useCallback(() => change((current) => current - 1), [change]);
  const reset = useCallback(() => change(() => 0), [change]);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const action =
        event.key === "+" || event.key === "="
          ? zoomIn
          : event.key === "-" || event.key === "_"
            ? zoomOut
            : event.key === "0"
              ? reset
              : null;
      if (!action) return;
      event.preventDefault();
      action();
    },
    [zoomIn, zoomOut, reset],
  );
  return { level, setViewport, zoomIn, zoomOut, reset, onKeyDown };
}

const zoomButton =
  "inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50";

/** Zoom buttons with their level spoken and shown, and the keys written out. */
export function ZoomControls({
  zoom,
  ideas,
}: {
  zoom: Pick<MatrixZoom, "level" | "zoomIn" | "zoomOut" | "reset">;
  ideas: number;
}) {
  const percent = Math.round(zoom.level * 100);
  const top = ZOOM_LEVELS[ZOOM_LEVELS.length - 1] ?? 1;
  return (
    <div
      role="group"
      aria-label="Matrix zoom"
      className="flex flex-wrap items-center gap-1.5 text-xs text-slate-700"
    >
      <button
        type="button"
        className={zoomButton}
        onClick={zoom.zoomOut}
        disabled={zoom.level <= 1}
        aria-keyshortcuts="-"
      >
        <ZoomOut aria-hidden className="size-3.5" />
        Zoom out
      </button>
      <output
        aria-live="polite"
        className="w-24 text-center tabular-nums"
        data-testid="matrix-zoom"
      >
        Zoom {percent} %
      </output>
      <button
        type="button"
        className={zoomButton}
        onClick={zoom.zoomIn}
        disabled={zoom.level >= top}
        aria-keyshortcuts="+"
      >
        <ZoomIn aria-hidden className="size-3.5" />
        Zoom in
      </button>
      {zoom.level > 1 ? (
        <button type="button" className={zoomButton} onClick={zoom.reset} aria-keyshortcuts="0">
          Fit to window
        </button>
      ) : null}
      <span className="text-slate-600">
        {ideas >= ZOOM_HINT_FROM ? `${ideas} ideas: zoom in to spread them out. ` : null}
        Keys in the matrix: + and − zoom, 0 fits.
      </span>
    </div>
  );
}
