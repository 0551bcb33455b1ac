"use client";

import { useEffect, useState } from "react";
import { useControl } from "@/lib/documents/use-control";
import { useWorkshopRoom } from "./workshop-room";

const NOTICE_MS = 20_000;

type Change = { id: number; anonymous: boolean };

/**
 * While anonymous mode is on, everyone sees that names are not recorded; when the facilitator
 * switches it, a polite announcement and a visible notice say so (not for the state found on load).
 */
export function AnonymousIndicator() {
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
    <>
      {anonymous ? (
        <p
          className="rounded-full border border-violet-300 bg-violet-50 px-3 py-1 text-sm font-medium text-violet-950"
          data-testid="anonymous-indicator"
        >
          Anonymous: names are not recorded
        </p>
      ) : null}
      <div role="status" aria-live="polite" className="text-sm text-slate-800">
        {change ? (
          <p key={change.id} data-testid="anonymous-change">
            {change.anonymous
              ? "The facilitator turned anonymous mode on: from now on, names are not recorded."
              : "The facilitator turned anonymous mode off: from now on, names are recorded again."}
          </p>
        ) : null}
      </div>
    </>
  );
}
