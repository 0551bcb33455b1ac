"use client";

import { useCallback, useId } from "react";
import { ExampleMarker } from "@/components/guide/example-marker";
import { FromLastTimeMarker } from "@/components/guide/from-last-time-marker";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { LIFECYCLE_STAGES, type LifecycleStage } from "@/lib/documents/records";
import { moveSegment, removeSegment, updateSegment } from "@/lib/documents/segments";
import { useBoardSelector } from "@/lib/documents/use-board";
import { useBoardEditing } from "./board-room";
import { TrashIcon } from "./icons";
import { LIFECYCLE_STAGE_LABELS } from "@/lib/documents/labels";
import { shortText } from "./short-text";
import { useSharedText } from "@/lib/documents/use-shared-text";
import { useTypingIn } from "@/lib/documents/use-scenario-presence";
import { TypingIn } from "./typing-in";

/** A segment's name, lifecycle stage and description, edited in place, and its delete button. */
export function SegmentHeader({ segmentId }: { segmentId: string }) {
  const { doc, awareness, canEdit, report } = useBoardEditing();
  const id = useId();
  const select = useCallback(
    (snapshot: BoardSnapshot) =>
      snapshot.segments.find((segment) => segment.id === segmentId) ?? null,
    [segmentId],
  );
  const segment = useBoardSelector(doc, select);
  const selectPlace = useCallback(
    (snapshot: BoardSnapshot) => ({
      index: snapshot.segments.findIndex((candidate) => candidate.id === segmentId),
      count: snapshot.segments.length,
    }),
    [segmentId],
  );
  const place = useBoardSelector(doc, selectPlace);
  const field = (name: "name" | "description") =>
    ({ kind: "record", collection: "segments", recordId: segmentId, field: name }) as const;
  const name = useSharedText({
    doc,
    target: field("name"),
    awareness,
    commitKeys: true,
    onResult: report,
  });
  const description = useSharedText({
    doc,
    target: field("description"),
    awareness,
    commitKeys: true,
    onResult: report,
  });
  const typists = useTypingIn(awareness, segmentId);
  if (!segment) return null;
  const label = shortText(segment.name, "Untitled segment");

  return (
    <header className="flex flex-col gap-2">
      <div className="flex items-start gap-1">
        <label htmlFor={`${id}-name`} className="sr-only">
          Segment name
        </label>
        <input
          id={`${id}-name`}
          {...name}
          disabled={!canEdit}
          maxLength={200}
          placeholder="Segment name"
          className="text-column min-w-0 flex-1 rounded-md border border-transparent bg-transparent px-2 py-1 font-semibold hover:border-slate-300 focus:border-slate-400 disabled:text-slate-900"
        />
        <button
          type="button"
          disabled={!canEdit || place.index <= 0}
          aria-label={`Move segment ${label} left`}
          title="Move segment left"
          onClick={() => report(moveSegment(doc, { segmentId, index: place.index - 1 }))}
          className="rounded px-1.5 py-1 text-slate-700 hover:bg-slate-100 disabled:opacity-40"
        >
          <span aria-hidden>←</span>
        </button>
        <button
          type="button"
          disabled={!canEdit || place.index >= place.count - 1}
          aria-label={`Move segment ${label} right`}
          title="Move segment right"
          onClick={() => report(moveSegment(doc, { segmentId, index: place.index + 1 }))}
          className="rounded px-1.5 py-1 text-slate-700 hover:bg-slate-100 disabled:opacity-40"
        >
          <span aria-hidden>→</span>
        </button>
        <button
          type="button"
          disabled={!canEdit}
          aria-label={`Delete segment ${label}`}
          title="Delete segment"
          onClick={() =>
            report(
              removeSegment(doc, { segmentId }),
              `Segment “${label}” deleted; its scenarios are in Unsorted.`,
            )
          }
          className="rounded-md p-2 text-slate-600 hover:bg-red-50 hover:text-red-700 disabled:cursor-not-allowed disabled:opacity-50"
        >
          <TrashIcon />
        </button>
      </div>
      <div className="flex flex-wrap items-center gap-2 px-2">
        <ExampleMarker doc={doc} collection="segments" recordId={segmentId} />
        <FromLastTimeMarker doc={doc} collection="segments" recordId={segmentId} />
        <label htmlFor={`${id}-stage`} className="text-xs text-slate-600">
          Lifecycle stage
        </label>
        <select
          id={`${id}-stage`}
          value={segment.lifecycleStage}
          disabled={!canEdit}
          onChange={(event) =>
            report(
              updateSegment(doc, {
                segmentId,
                lifecycleStage: event.target.value as LifecycleStage,
              }),
            )
          }
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-xs"
        >
          {LIFECYCLE_STAGES.map((value) => (
            <option key={value} value={value}>
              {LIFECYCLE_STAGE_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor={`${id}-description`} className="sr-only">
        Segment description
      </label>
      <textarea
        id={`${id}-description`}
        {...description}
        disabled={!canEdit}
        rows={2}
        maxLength={2000}
        placeholder="Who they are, what they need"
        className="resize-none rounded-md border border-transparent bg-transparent px-2 py-1 text-sm text-slate-700 hover:border-slate-300 focus:border-slate-400"
      />
      <TypingIn names={typists} />
    </header>
  );
}
