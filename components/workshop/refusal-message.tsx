"use client";

import { useEffect } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import type { Refusal } from "@/lib/realtime/client/live-doc-set";
import { REFUSAL_TEXT } from "@/lib/realtime/protocol";

const SHOWN_AFTER_RESYNC_MS = 15_000;

type RefusalMessageProps = {
  refusal: Refusal | null;
  onDismiss: () => void;
  /** What was reloaded, e.g. "the shared version" or "your saved private notes". */
  restored: string;
};

/**
 * Says which change of this person's the server refused. Red while this device drops its copy
 * and loads the server's; then a plain note for a moment, since what is shown is right again.
 */
export function RefusalMessage({ refusal, onDismiss, restored }: RefusalMessageProps) {
  const resynced = refusal?.resynced ?? false;
  useEffect(() => {
    if (!resynced) return;
    const timer = setTimeout(onDismiss, SHOWN_AFTER_RESYNC_MS);
    return () => clearTimeout(timer);
  }, [resynced, onDismiss]);
  if (!refusal) return null;
  const text = REFUSAL_TEXT[refusal.reason];
  if (!refusal.resynced) {
    return (
      <p
        role="alert"
        className="rounded-md border border-red-200 bg-red-50 px-3 py-1.5 text-sm text-red-800"
        data-testid="refusal-notice"
      >
        <strong>Not saved.</strong> {text} Loading {restored}…
      </p>
    );
  }
  return (
    <p
      role="status"
      className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-white px-3 py-1 text-sm text-slate-800"
      data-testid="refusal-notice"
    >
      <span>
        <strong>Not saved.</strong> {text} You now see {restored}.
      </span>
      <button type="button" className={buttonStyles.toolQuiet} onClick={onDismiss}>
        Dismiss
      </button>
    </p>
  );
}
