"use client";

import { useCallback } from "react";
import { SCENARIOS_PER_SEGMENT, type SegmentCoverage } from "@/lib/documents/coverage";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { useBoardSelector, useSegmentCoverage } from "@/lib/documents/use-board";
import { useBoardEditing } from "./board-room";
import { shortText } from "./short-text";

const selectSegmentNames = (snapshot: BoardSnapshot) =>
  snapshot.segments.map((segment) => segment.name);

function advice(item: SegmentCoverage): string {
  if (item.status === "too-few") {
    const missing = SCENARIOS_PER_SEGMENT.min - item.count;
    return `add ${missing} more`;
  }
  if (item.status === "too-many") return `keep the best ${SCENARIOS_PER_SEGMENT.max}`;
  return "on target";
}

/** How many scenarios each segment has against the 3–5 the method asks for. */
export function CoverageStrip() {
  const { doc } = useBoardEditing();
  const coverage = useSegmentCoverage(doc);
  const names = useBoardSelector(doc, selectSegmentNames);
  const flagged = coverage.filter((item) => item.status !== "ok").length;
  const label = useCallback(
    (index: number) => shortText(names[index] ?? "", "Untitled segment"),
    [names],
  );
  if (coverage.length === 0) return null;
  return (
    // One line above the wall: the columns carry the same count in their headers.
    <section
      aria-labelledby="coverage-heading"
      className="flex flex-wrap items-center gap-x-2 gap-y-1"
    >
      <h3 id="coverage-heading" className="text-sm font-semibold">
        Coverage, aim {SCENARIOS_PER_SEGMENT.min}–{SCENARIOS_PER_SEGMENT.max}:
        {/* The chips show which; the count is for listeners. */}
        <span className={flagged === 0 ? "ml-1 font-normal text-emerald-800" : "sr-only"}>
          {flagged === 0
            ? "· every segment is on target"
            : `· ${flagged} ${flagged === 1 ? "segment needs" : "segments need"} attention`}
        </span>
      </h3>
      <ul className="flex flex-wrap gap-1.5" aria-label="Scenarios per segment">
        {coverage.map((item, index) => (
          <li
            key={item.segmentId}
            data-status={item.status}
            className={`rounded-full border px-2 py-0.5 text-xs ${
              item.status === "ok"
                ? "border-emerald-300 bg-emerald-50 text-emerald-900"
                : "border-amber-400 bg-amber-50 text-amber-950"
            }`}
          >
            <span className="font-medium">{label(index)}</span>: {item.count}{" "}
            {item.count === 1 ? "scenario" : "scenarios"}
            {item.status === "ok" ? " ✓" : " !"} <span>({advice(item)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
