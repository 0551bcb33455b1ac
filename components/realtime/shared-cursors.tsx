"use client";

import { MousePointer2 } from "@/components/ui/icons";
import {
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type PointerEvent,
  type ReactNode,
} from "react";
import { createThrottle } from "@/components/matrix/throttle";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { usePresence } from "@/lib/realtime/client/use-presence";
import { cursorAreaOf, setAreaCursor, type CursorArea } from "./cursor-area";
import { LiveCursors } from "./live-cursors";

/** About 20 updates a second: enough to follow a pointer, light on the wire. */
const CURSOR_INTERVAL_MS = 50;

// Whether this person sees the others' cursors: one choice for every board, kept on the device.
const HIDDEN_KEY = "prepersonalize:cursors-hidden";
const listeners = new Set<() => void>();

function cursorsHidden(): boolean {
  try {
    return localStorage.getItem(HIDDEN_KEY) === "1";
  } catch {
    return false;
  }
}

function setCursorsHidden(hidden: boolean): void {
  try {
    if (hidden) localStorage.setItem(HIDDEN_KEY, "1");
    else localStorage.removeItem(HIDDEN_KEY);
  } catch {
    // Private mode: the choice lasts until reload.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function useCursorsShown(): boolean {
  return !useSyncExternalStore(subscribe, cursorsHidden, () => false);
}

/** The switch for the others' pointers, for a board's toolbar. */
export function CursorToggle() {
  const shown = useCursorsShown();
  return (
    <button
      type="button"
      aria-pressed={shown}
      onClick={() => setCursorsHidden(shown)}
      className="inline-flex w-fit shrink-0 items-center gap-1.5 rounded-md px-2 py-1 text-xs font-medium text-slate-600 hover:bg-slate-100"
    >
      <MousePointer2 aria-hidden className="size-3.5" />
      Show others&apos; cursors
    </button>
  );
}

/**
 * Sends this person's pointer over a board area, as shares of the area (so screens of different
 * sizes agree on where it is), at most every 50 ms; touch does not count as a pointer.
 */
export function useCursorSender(area: CursorArea) {
  const { awareness } = useWorkshopRoom();
  const send = useMemo(
    () =>
      createThrottle<{ x: number; y: number } | null>({
        intervalMs: CURSOR_INTERVAL_MS,
        send: (cursor) => {
          if (awareness) setAreaCursor(awareness, area, cursor);
        },
      }),
    [awareness, area],
  );
  useEffect(
    () => () => {
      send.cancel();
      if (awareness) setAreaCursor(awareness, area, null);
    },
    [send, awareness, area],
  );
  return useMemo(
    () => ({
      onPointerMove(event: PointerEvent<HTMLElement>) {
        const box = event.currentTarget.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || event.pointerType === "touch") return;
        send.push({
          x: (event.clientX - box.left) / box.width,
          y: (event.clientY - box.top) / box.height,
        });
      },
      onPointerLeave() {
        send.push(null);
      },
    }),
    [send],
  );
}

/** The others' pointers over `area`, turned from shares back into pixels of `element`. */
export function AreaCursors({ area, element }: { area: CursorArea; element: HTMLElement | null }) {
  const shown = useCursorsShown();
  if (!shown || !element) return null;
  return <ScaledCursors area={area} element={element} />;
}

function ScaledCursors({ area, element }: { area: CursorArea; element: HTMLElement }) {
  const { awareness } = useWorkshopRoom();
  const { peers } = usePresence(awareness);
  const width = element.clientWidth;
  const height = element.clientHeight;
  const here = peers.flatMap((peer) =>
    peer.cursor && awareness && cursorAreaOf(awareness, peer.clientId) === area
      ? [{ ...peer, cursor: { x: peer.cursor.x * width, y: peer.cursor.y * height } }]
      : [],
  );
  return <LiveCursors peers={here} className="z-40" />;
}

/** A board area (a wall) where everyone sees the others' pointers. */
export function SharedCursors({ area, children }: { area: CursorArea; children: ReactNode }) {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const sender = useCursorSender(area);
  return (
    <div ref={setElement} className="relative" {...sender}>
      {children}
      <AreaCursors area={area} element={element} />
    </div>
  );
}
