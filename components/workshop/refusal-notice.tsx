"use client";

import { useEffect } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { REFUSAL_TEXT } from "@/lib/realtime/protocol";
import { useWorkshopRoom } from "./workshop-room";

const SHOWN_AFTER_RESYNC_MS = 15_000;

/**
 * Says which change of this person's the server refused. Red while this device drops its copy
 * and loads the shared one; then a plain note for a moment, since the board is right again.
 */
export function RefusalNotice() {
  const { refusal, docs } = useWorkshopRoom();
  const resynced = refusal?.resynced ?? false;
  useEffect(() => {
    if (!resynced) return;
    const timer = setTimeout(() => docs.dismissRefusal(), SHOWN_AFTER_RESYNC_MS);
    return () => clearTimeout(timer);
  }, [resynced, docs]);
  if (!refusal) return null;
  const text = REFUSAL_TEXT[refusal.reason];
  if (!refusal.resynced) {
    return (
      <p
        role="alert"
        className="rounded-md border border-red-200 bg-red-50 px-3 py-1.5 text-sm text-red-800"
        data-testid="refusal-notice"
      >
        <strong>Not saved.</strong> {text} Loading the shared version…
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
        <strong>Not saved.</strong> {text} You now see the shared version.
      </span>
      <button type="button" className={buttonStyles.toolQuiet} onClick={() => docs.dismissRefusal()}>
        Dismiss
      </button>
    </p>
  );
}
