import {
  CONNECTION_STATUS_LABELS,
  type ConnectionStatus,
} from "@/lib/realtime/client/connection-status";

export type ConnectionStatusBadgeProps = {
  status: ConnectionStatus;
  /** Shown as a tooltip when the server closed the connection for good. */
  closeReason?: string | null;
  className?: string;
};

const TONES: Record<ConnectionStatus, { dot: string; text: string }> = {
  connecting: { dot: "bg-slate-400 animate-pulse", text: "text-slate-600" },
  connected: { dot: "bg-emerald-500", text: "text-emerald-700" },
  reconnecting: { dot: "bg-amber-400 animate-pulse", text: "text-amber-700" },
  "offline-unsynced": { dot: "bg-amber-600", text: "text-amber-800" },
  closed: { dot: "bg-rose-600", text: "text-rose-700" },
};

/** Connected / reconnecting / offline-with-unsynced-changes, announced politely to screen readers. */
export function ConnectionStatusBadge({
  status,
  closeReason,
  className = "",
}: ConnectionStatusBadgeProps) {
  const tone = TONES[status];
  const label = CONNECTION_STATUS_LABELS[status];
  return (
    <span
      role="status"
      aria-live="polite"
      title={status === "closed" && closeReason ? closeReason : label}
      className={`inline-flex items-center gap-2 rounded-full border border-slate-200 bg-white px-3 py-1 text-xs font-medium ${tone.text} ${className}`}
    >
      <span aria-hidden="true" className={`size-2 rounded-full ${tone.dot}`} />
      {label}
    </span>
  );
}
