"use client";

import { useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { memo, useCallback, useMemo, type CSSProperties, type KeyboardEvent } from "react";
import { usePrivateWriting } from "@/components/facilitation/private-writing";
import { SCENARIOS_PER_SEGMENT } from "@/lib/documents/coverage";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { addScenario } from "@/lib/documents/scenarios";
import { selectScenariosInSegment } from "@/lib/documents/selectors";
import { notesOnWall } from "@/lib/documents/stacks";
import { useBoardSelector } from "@/lib/documents/use-board";
import { useBoardEditing } from "./board-room";
import { endSlotId } from "./drop-target";
import { PlusIcon } from "./icons";
import { shortText } from "./short-text";
import { ScenarioNote } from "./scenario-note";
import { SegmentHeader } from "./segment-header";
import { segmentColour } from "./segment-colour";

function isTextEntry(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

type SegmentColumnProps = { segmentId: string | null };

/** One segment (or the unsorted tray) with its scenario notes in order. */
export const SegmentColumn = memo(function SegmentColumn({ segmentId }: SegmentColumnProps) {
  const { doc, canEdit, selfId, anonymous, focus, report } = useBoardEditing();
  const selectName = useCallback(
    (snapshot: BoardSnapshot) =>
      segmentId === null
        ? "Unsorted"
        : (snapshot.segments.find((segment) => segment.id === segmentId)?.name ?? ""),
    [segmentId],
  );
  const name = useBoardSelector(doc, selectName);
  const selectOnWall = useCallback(
    (snapshot: BoardSnapshot) =>
      notesOnWall(selectScenariosInSegment(snapshot, segmentId), snapshot.scenarios),
    [segmentId],
  );
  // Duplicates stacked on a note are shown inside it, not as notes of their own.
  const scenarios = useBoardSelector(doc, selectOnWall);
  const ids = useMemo(() => scenarios.map((scenario) => scenario.id), [scenarios]);
  const label = segmentId === null ? "Unsorted" : shortText(name, "Untitled segment");

  const privateWriting = usePrivateWriting();
  const add = useCallback(() => {
    // While "write privately" is on, a new note goes to the author's private doc instead.
    if (privateWriting) {
      privateWriting.add({ kind: "scenario", segmentId, anonymous });
      return;
    }
    const result = addScenario(doc, { segmentId, authorId: selfId, anonymous });
    if (result.ok) focus.request(result.value.id);
    report(result);
  }, [doc, focus, privateWriting, report, segmentId, selfId, anonymous]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (!canEdit || event.key.toLowerCase() !== "n" || isTextEntry(event.target)) return;
    // React bubbles events out of portals (the data-source popover); only keys typed in the column count.
    if (!(event.target instanceof Node) || !event.currentTarget.contains(event.target)) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    add();
  }

  const count = ids.length;
  const coverage =
    segmentId === null
      ? null
      : count < SCENARIOS_PER_SEGMENT.min
        ? "too few"
        : count > SCENARIOS_PER_SEGMENT.max
          ? "too many"
          : null;

  return (
    <section
      aria-label={`Segment ${label}`}
      data-segment-id={segmentId ?? undefined}
      onKeyDown={onKeyDown}
      // The segment's colour marks the column and its notes; its name says the same in words.
      style={{ "--segment": segmentColour(segmentId) } as CSSProperties}
      className={`gap-wall p-wall flex min-w-0 flex-col rounded-lg border border-t-4 border-t-[var(--segment)] ${
        segmentId === null ? "border-slate-300 bg-slate-100" : "border-slate-200 bg-white"
      }`}
    >
      {segmentId === null ? (
        <header className="flex flex-col gap-1">
          <h3 className="text-column font-semibold">Unsorted</h3>
          <p className="text-xs text-slate-600">
            Scenarios whose segment was deleted. Drag them into a segment.
          </p>
        </header>
      ) : (
        <SegmentHeader segmentId={segmentId} />
      )}
      <p className="text-meta text-slate-600">
        {count} {count === 1 ? "scenario" : "scenarios"}
        {coverage ? (
          <span className="ml-1 font-medium text-amber-800">
            · {coverage} (aim for {SCENARIOS_PER_SEGMENT.min}–{SCENARIOS_PER_SEGMENT.max})
          </span>
        ) : null}
      </p>
      <SortableContext id={endSlotId(segmentId)} items={ids} strategy={verticalListSortingStrategy}>
        <ul className="gap-note flex flex-col" aria-label={`Scenarios in ${label}`}>
          {ids.map((id) => (
            <ScenarioNote key={id} scenarioId={id} segmentId={segmentId} />
          ))}
        </ul>
      </SortableContext>
      <EndSlot segmentId={segmentId} label={label} onAdd={add} canEdit={canEdit} />
    </section>
  );
});

type EndSlotProps = {
  segmentId: string | null;
  label: string;
  onAdd: () => void;
  canEdit: boolean;
};

/** Drop target at the bottom of a column (also reached with the arrow keys), with "Add scenario". */
function EndSlot({ segmentId, label, onAdd, canEdit }: EndSlotProps) {
  const { setNodeRef, isOver, active } = useDroppable({
    id: endSlotId(segmentId),
    disabled: !canEdit,
  });
  return (
    <div
      ref={setNodeRef}
      className={`rounded-md border-2 border-dashed p-1 transition-colors ${
        isOver ? "border-brand-500 bg-brand-50" : "border-transparent"
      }`}
    >
      {active ? (
        <p className="px-2 py-1.5 text-center text-xs text-slate-600">
          {isOver ? `Drop at the end of ${label}` : "Drop here to add at the end"}
        </p>
      ) : segmentId !== null ? (
        <button
          type="button"
          onClick={onAdd}
          disabled={!canEdit}
          aria-keyshortcuts="N"
          aria-label={`Add scenario to ${label}`}
          className="flex w-full items-center justify-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60"
        >
          <PlusIcon />
          Add scenario
        </button>
      ) : null}
    </div>
  );
}
