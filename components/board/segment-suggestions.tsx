"use client";

import type { BoardSnapshot } from "@/lib/documents/read-board";
import { addSegment } from "@/lib/documents/segments";
import { openSuggestions, SEGMENTS_ADVISED_MAX } from "@/lib/documents/segment-suggestions";
import { LIFECYCLE_STAGE_LABELS } from "@/lib/documents/labels";
import { useBoardSelector } from "@/lib/documents/use-board";
import { useBoardEditing } from "./board-room";

const selectSegmentNames = (snapshot: BoardSnapshot) => snapshot.segments.map((s) => s.name);

/** One-click segments by lifecycle stage, with the reminder that a few good ones beat many. */
export function SegmentSuggestions() {
  const { doc, report } = useBoardEditing();
  const names = useBoardSelector(doc, selectSegmentNames);
  const open = openSuggestions(names);
  const many = names.length >= SEGMENTS_ADVISED_MAX;
  return (
    <div className="flex flex-col gap-1.5">
      <p className={`text-xs ${many ? "font-medium text-amber-900" : "text-slate-600"}`}>
        {many
          ? `${names.length} segments: a few high-value ones beat many thin ones. Merge or drop before adding more.`
          : `Pick the few segments worth most (up to ${SEGMENTS_ADVISED_MAX}); a few high-value ones beat many.`}
      </p>
      {open.length > 0 ? (
        <ul aria-label="Suggested segments" className="flex flex-wrap gap-1">
          {open.map((suggestion) => (
            <li key={suggestion.name}>
              <button
                type="button"
                title={suggestion.why}
                aria-label={`Add suggested segment ${suggestion.name} (${LIFECYCLE_STAGE_LABELS[suggestion.lifecycleStage]}): ${suggestion.why}`}
                onClick={() =>
                  report(
                    addSegment(doc, {
                      name: suggestion.name,
                      lifecycleStage: suggestion.lifecycleStage,
                    }),
                  )
                }
                className="rounded-full border border-slate-300 bg-white px-2 py-0.5 text-xs text-slate-800 hover:bg-slate-100"
              >
                + {suggestion.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
