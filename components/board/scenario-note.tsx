"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { memo, useEffect, useId, useRef } from "react";
import { NoteVotes } from "@/components/facilitation/note-votes";
import { ExampleMarker } from "@/components/guide/example-marker";
import { FromLastTimeMarker } from "@/components/guide/from-last-time-marker";
import { useVoteTint } from "@/components/facilitation/use-voting";
import { removeScenario, updateScenario } from "@/lib/documents/scenarios";
import { useRiskCounts, useScenario } from "@/lib/documents/use-board";
import { useDraggedBy, useTypingIn } from "@/lib/documents/use-scenario-presence";
import { useSharedText } from "@/lib/documents/use-shared-text";
import { useBoardEditing } from "./board-room";
import { DataSourcePicker, DataSourceTags } from "./data-source-picker";
import { GripIcon, RiskIcon, TrashIcon } from "./icons";
import { shortText } from "./short-text";
import { NoteAuthor } from "./note-author";
import { NoteReactions } from "./note-reactions";
import { StackDropZone, StackedNotes } from "./note-stack";
import { ScenarioDetails } from "./scenario-details";
import { DataGapWarning, ScenarioPlan } from "./scenario-plan";
import { TypingIn } from "./typing-in";

type ScenarioNoteProps = { scenarioId: string; segmentId: string | null };

/**
 * One scenario sticky note. Memoised and subscribed to its own record only, so a change to one
 * note re-renders that note, not the board.
 */
export const ScenarioNote = memo(function ScenarioNote({
  scenarioId,
  segmentId,
}: ScenarioNoteProps) {
  const { doc, awareness, canEdit, focus, report } = useBoardEditing();
  const scenario = useScenario(doc, scenarioId);
  const draggedBy = useDraggedBy(awareness, scenarioId);
  const tint = useVoteTint("scenarios", scenarioId);
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
    isOver,
    active,
  } = useSortable({ id: scenarioId, data: { segmentId }, disabled: !canEdit });
  const text = useSharedText({
    doc,
    target: { kind: "record", collection: "scenarios", recordId: scenarioId, field: "text" },
    awareness,
    commitKeys: true,
    onResult: report,
  });
  const typists = useTypingIn(awareness, scenarioId);

  useEffect(() => {
    if (focus.take(scenarioId)) textRef.current?.focus();
  }, [focus, scenarioId]);

  if (!scenario) return null;
  const label = shortText(scenario.text, "empty scenario");
  const fromOtherColumn = active?.data.current?.segmentId !== segmentId;
  const showInsert = isOver && fromOtherColumn && active?.id !== scenarioId;

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition: transition }}
      data-testid="scenario-note"
      data-scenario-id={scenarioId}
      className={`gap-note border-note-edge p-note relative flex flex-col rounded-md border border-l-4 border-l-[var(--segment,var(--color-amber-300))] shadow-sm ${tint || "bg-note"} ${
        isDragging ? "opacity-40" : ""
      } ${draggedBy ? "ring-2 ring-sky-500" : ""}`}
    >
      {showInsert ? (
        <span aria-hidden className="bg-brand-500 absolute -top-1.5 right-1 left-1 h-1 rounded" />
      ) : null}
      <div className="flex flex-wrap items-center gap-1">
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          disabled={!canEdit}
          aria-label={`Move scenario ${label}`}
          className="cursor-grab touch-none rounded p-1 text-amber-900 hover:bg-amber-200 disabled:cursor-default disabled:opacity-50"
        >
          <GripIcon />
        </button>
        {scenario.assumption ? (
          <span className="rounded bg-white/70 px-1.5 py-0.5 text-xs font-semibold text-amber-950">
            Assumption
          </span>
        ) : null}
        <ExampleMarker doc={doc} collection="scenarios" recordId={scenarioId} />
        <FromLastTimeMarker doc={doc} collection="scenarios" recordId={scenarioId} />
        {draggedBy ? (
          <span className="text-xs text-sky-900">{draggedBy} is moving this</span>
        ) : null}
        <RiskBadge scenarioId={scenarioId} />
      </div>
      <label htmlFor={`${id}-text`} className="sr-only">
        Scenario text
      </label>
      <textarea
        id={`${id}-text`}
        {...text}
        ref={(element) => {
          textRef.current = element;
          text.ref(element);
        }}
        disabled={!canEdit}
        rows={3}
        maxLength={2000}
        placeholder="For …, we could … based on …"
        // Grows with its text: a long idea is never cut off.
        className="text-note hover:border-note-edge-strong field-sizing-content min-h-16 w-full resize-none rounded border border-transparent bg-transparent px-1 text-slate-900 focus:border-amber-500 focus:bg-white/60"
      />
      <TypingIn names={typists} />
      <StackDropZone scenarioId={scenarioId} label={label} />
      <ScenarioPlan scenario={scenario} />
      <DataSourceTags dataSourceIds={scenario.dataSourceIds} />
      <DataGapWarning scenario={scenario} />
      <StackedNotes hostId={scenarioId} hostLabel={label} />
      <NoteVotes step="scenarios" scenarioId={scenarioId} label={label} />
      <NoteReactions noteId={scenarioId} label={label} />
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-700">
        <NoteAuthor authorId={scenario.authorId} />
        <span className="flex-1" />
        <label className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={scenario.assumption}
            disabled={!canEdit}
            onChange={(event) =>
              report(updateScenario(doc, { scenarioId, assumption: event.target.checked }))
            }
          />
          Assumption
        </label>
        <DataSourcePicker scenarioId={scenarioId} selected={scenario.dataSourceIds} label={label} />
        <ScenarioDetails scenario={scenario} label={label} />
        <button
          type="button"
          disabled={!canEdit}
          aria-label={`Delete scenario ${label}`}
          title="Delete scenario"
          onClick={() =>
            report(removeScenario(doc, { scenarioId }), `Scenario “${label}” deleted.`)
          }
          className="rounded p-1 text-slate-700 hover:bg-red-100 hover:text-red-800 disabled:cursor-not-allowed disabled:opacity-50"
        >
          <TrashIcon />
        </button>
      </div>
    </li>
  );
});

function RiskBadge({ scenarioId }: { scenarioId: string }) {
  const { doc } = useBoardEditing();
  const counts = useRiskCounts(doc, scenarioId);
  if (counts.total === 0) return null;
  return (
    <span className="ml-auto flex items-center gap-1 rounded bg-red-50 px-1.5 py-0.5 text-xs font-medium text-red-800">
      <RiskIcon className="size-3.5" />
      {counts.total} {counts.total === 1 ? "risk" : "risks"}
    </span>
  );
}

/** What follows the pointer while a note is dragged. */
export function NotePreview({ scenarioId }: { scenarioId: string }) {
  const { doc } = useBoardEditing();
  const scenario = useScenario(doc, scenarioId);
  return (
    <div className="w-64 rotate-2 rounded-md border border-amber-400 bg-amber-100 p-3 text-sm shadow-lg">
      {scenario?.text.trim() || "Empty scenario"}
    </div>
  );
}
