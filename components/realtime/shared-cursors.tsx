"use client";

import { MousePointer2 } from "@/components/ui/icons";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { createThrottle } from "@/components/matrix/throttle";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { setLocalCursor } from "@/lib/realtime/client/presence";
import { usePresence } from "@/lib/realtime/client/use-presence";
import { LiveCursors } from "./live-cursors";

/** About 20 updates a second: enough to follow a pointer, light on the wire. */
const CURSOR_INTERVAL_MS = 50;

/**
 * A board area where everyone sees the others' pointers. Positions travel as shares of the
 * area, so screens of different sizes agree on where a pointer is. Each person can hide them.
 */
export function SharedCursors({ children }: { children: ReactNode }) {
  const { awareness } = useWorkshopRoom();
  const [shown, setShown] = useState(true);
  const [area, setArea] = useState<HTMLDivElement | null>(null);
  const send = useMemo(
    () =>
      createThrottle<{ x: number; y: number } | null>({
        intervalMs: CURSOR_INTERVAL_MS,
        send: (cursor) => {
          if (awareness) setLocalCursor(awareness, cursor);
        },
      }),
    [awareness],
  );
  useEffect(
    () => () => {
      send.cancel();
      if (awareness) setLocalCursor(awareness, null);
    },
    [send, awareness],
  );

  return (
    <div className="flex flex-col gap-1">
      <button
        type="button"
        aria-pressed={shown}
        onClick={() => setShown((current) => !current)}
        className="inline-flex w-fit items-center gap-1.5 rounded-md px-2 py-1 text-xs font-medium text-slate-600 hover:bg-slate-100"
      >
        <MousePointer2 aria-hidden className="size-3.5" />
        Show others&apos; cursors
      </button>
      <div
        ref={setArea}
        className="relative"
        onPointerMove={(event) => {
          const box = area?.getBoundingClientRect();
          if (!box || box.width === 0 || box.height === 0 || event.pointerType === "touch") return;
          send.push({
            x: (event.clientX - box.left) / box.width,
            y: (event.clientY - box.top) / box.height,
          });
        }}
        onPointerLeave={() => send.push(null)}
      >
        {children}
        {shown && area ? <ScaledCursors area={area} /> : null}
      </div>
    </div>
  );
}

/** The others' pointers, turned from shares of the area back into pixels of this screen. */
function ScaledCursors({ area }: { area: HTMLDivElement }) {
  const { awareness } = useWorkshopRoom();
  const { peers } = usePresence(awareness);
  const width = area.clientWidth;
  const height = area.clientHeight;
  const scaled = peers.map((peer) =>
    peer.cursor
      ? { ...peer, cursor: { x: peer.cursor.x * width, y: peer.cursor.y * height } }
      : peer,
  );
  return <LiveCursors peers={scaled} className="z-40" />;
}
