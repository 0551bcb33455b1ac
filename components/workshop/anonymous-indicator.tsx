"use client";

import { EyeOff } from "@/components/ui/icons";
import { useEffect, useState } from "react";
import { useControl } from "@/lib/documents/use-control";
import { useWorkshopRoom } from "./workshop-room";

const NOTICE_MS = 20_000;

type Change = { id: number; anonymous: boolean };

/** A chip in the header for as long as anonymous mode is on: names are not recorded. */
export function AnonymousIndicator() {
  const { docs } = useWorkshopRoom();
  const { anonymous } = useControl(docs.control);
  if (!anonymous) return null;
  return (
    <p
      className="inline-flex items-center gap-1.5 rounded-full border border-violet-300 bg-violet-50 px-2.5 py-1 text-xs font-medium text-violet-950"
      data-testid="anonymous-indicator"
    >
      <EyeOff aria-hidden className="size-3.5" />
      Anonymous: names are not recorded
    </p>
  );
}

/**
 * When the facilitator switches anonymous mode, a polite announcement and a visible notice say
 * so (not for the state found on load). Lives in the status area.
 */
export function AnonymousChange() {
  const { docs, status } = useWorkshopRoom();
  const { anonymous } = useControl(docs.control);
  // Until the control doc has arrived, its "off" is a default, not a decision.
  const known = status !== "connecting";
  const [seen, setSeen] = useState<boolean | null>(null);
  const [change, setChange] = useState<Change | null>(null);
  if (known && seen !== anonymous) {
    setSeen(anonymous);
    if (seen !== null) setChange({ id: (change?.id ?? 0) + 1, anonymous });
  }
  useEffect(() => {
    if (!change) return;
    const timer = setTimeout(() => setChange(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [change]);

  return (
    <div role="status" aria-live="polite" className="text-sm text-slate-800">
      {change ? (
        <p
          key={change.id}
          className="rounded-md border border-violet-200 bg-violet-50 px-3 py-1.5 text-violet-950"
          data-testid="anonymous-change"
        >
          {change.anonymous
            ? "The facilitator turned anonymous mode on: from now on, names are not recorded."
            : "The facilitator turned anonymous mode off: from now on, names are recorded again."}
        </p>
      ) : null}
    </div>
  );
}
