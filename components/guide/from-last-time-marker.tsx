"use client";

import type * as Y from "yjs";
import type { CarriedCollection } from "@/lib/follow-up/from-last-time";
import { useFromLastTime } from "@/lib/follow-up/use-follow-up-progress";
import { fromLastTimeMarkerText } from "./from-last-time-marker-text";

type FromLastTimeMarkerProps = { doc: Y.Doc; collection: CarriedCollection; recordId: string };

/**
 * "From last time" on a record that "Run again" carried over from the previous run: an icon and
 * words (not a colour alone), named with the run it came from. Unlike the example marker it stays
 * after edits, because where the record came from does not change. Nothing for new records.
 */
export function FromLastTimeMarker({ doc, collection, recordId }: FromLastTimeMarkerProps) {
  const carried = useFromLastTime(doc);
  const marker = fromLastTimeMarkerText(carried, collection, recordId);
  if (!marker) return null;
  return (
    <span
      role="note"
      aria-label={marker.label}
      title={marker.label}
      data-testid="from-last-time-marker"
      className="inline-flex shrink-0 items-center gap-1 rounded border border-teal-400 bg-teal-50 px-1.5 py-0.5 text-xs font-semibold text-teal-900"
    >
      <svg
        aria-hidden
        viewBox="0 0 16 16"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
        className="size-3.5"
      >
        {/* A circular arrow turning back: something that came round again. */}
        <path d="M2.5 8a5.5 5.5 0 1 0 1.6-3.9" />
        <path d="M2.5 1.8v2.6h2.6" />
      </svg>
      {marker.text}
    </span>
  );
}
