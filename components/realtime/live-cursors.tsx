import type { PresencePeer } from "@/lib/realtime/client/presence";

export type LiveCursorsProps = {
  /** From usePresence; the local user's own cursor is not drawn. */
  peers: PresencePeer[];
  className?: string;
};

/**
 * Other people's cursors, positioned in the coordinates they were reported in. Place inside the
 * `relative` board element whose coordinate space `setCursor` uses; it never takes pointer events.
 */
export function LiveCursors({ peers, className = "" }: LiveCursorsProps) {
  const visible = peers.filter((peer) => !peer.isSelf && peer.cursor);
  return (
    <div
      aria-hidden="true"
      className={`pointer-events-none absolute inset-0 overflow-hidden ${className}`}
    >
      {visible.map((peer) =>
        peer.cursor ? (
          <div
            key={peer.clientId}
            className="absolute top-0 left-0 transition-transform duration-75 ease-linear"
            style={{ transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px)` }}
          >
            <svg width="16" height="20" viewBox="0 0 16 20" className="drop-shadow">
              <path
                d="M1 1l13 10-6 1-3 6z"
                fill={peer.user.colour}
                stroke="white"
                strokeWidth="1.5"
              />
            </svg>
            <span
              className="ml-3 rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap text-white"
              style={{ backgroundColor: peer.user.colour }}
            >
              {peer.user.name}
            </span>
          </div>
        ) : null,
      )}
    </div>
  );
}
