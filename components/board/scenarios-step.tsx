"use client";

import {
  closestCorners,
  pointerWithin,
  type CollisionDetection,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { useCallback, useMemo, useState } from "react";
import { PrivateWritingProvider } from "@/components/facilitation/private-writing";
import { VotePanel } from "@/components/facilitation/vote-panel";
import { CursorToggle, SharedCursors } from "@/components/realtime/shared-cursors";
import { boardStore } from "@/lib/documents/board-store";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { setDraggingScenario } from "@/lib/documents/scenario-presence";
import { moveScenario } from "@/lib/documents/scenarios";
import { notesOnWall, stackScenario } from "@/lib/documents/stacks";
import { selectScenariosInSegment } from "@/lib/documents/selectors";
import { useBoardSelector, useScenariosInSegment } from "@/lib/documents/use-board";
import { AddSegmentForm } from "./add-segment-form";
import { BoardRoom, useBoardEditing } from "./board-room";
import { CoverageStrip } from "./coverage-strip";
import { DRAG_INSTRUCTIONS, scenarioAnnouncements, type BoardOutline } from "./drag-announcements";
import { dropTarget, type BoardColumn } from "./drop-target";
import { boardKeyboardCoordinates } from "./keyboard-coordinates";
import { SpectrumHint } from "./personalization-spectrum";
import { stackTargetOf } from "./note-stack";
import { NotePreview } from "./scenario-note";
import { SegmentColumn } from "./segment-column";

/**
 * A stack zone wins when the pointer or finger is inside it; otherwise the nearest note or column
 * end, as before. The keyboard has no pointer, so it only moves notes (its stack path is the
 * note's details).
 */
const stackFirst: CollisionDetection = (args) => {
  const zones = args.droppableContainers.filter((c) => stackTargetOf(String(c.id)) !== null);
  const inside = args.pointerCoordinates
    ? pointerWithin({ ...args, droppableContainers: zones })
    : [];
  if (inside.length > 0) return inside;
  const rest = args.droppableContainers.filter((c) => stackTargetOf(String(c.id)) === null);
  return closestCorners({ ...args, droppableContainers: rest });
};

const selectSegmentIds = (snapshot: BoardSnapshot) => snapshot.segments.map((s) => s.id);
const selectSegmentCount = (snapshot: BoardSnapshot) => snapshot.segments.length;

function boardColumns(snapshot: BoardSnapshot): BoardColumn[] {
  return [null, ...snapshot.segments.map((segment) => segment.id)].map((segmentId) => ({
    segmentId,
    scenarioIds: notesOnWall(selectScenariosInSegment(snapshot, segmentId), snapshot.scenarios).map(
      (scenario) => scenario.id,
    ),
  }));
}

function outlineOf(snapshot: BoardSnapshot): BoardOutline {
  return {
    columns: boardColumns(snapshot),
    segmentNames: new Map(snapshot.segments.map((segment) => [segment.id, segment.name])),
    scenarioTexts: new Map(snapshot.scenarios.map((scenario) => [scenario.id, scenario.text])),
  };
}

/** Step 4: segments as columns of scenario sticky notes, shared live. */
export function ScenariosStep() {
  return (
    <BoardRoom>
      <PrivateWritingProvider step="scenarios" toolbar={<WallTools />}>
        <ScenariosBoard />
      </PrivateWritingProvider>
    </BoardRoom>
  );
}

/**
 * The wall's tools on the facilitator's private-writing row: the dot vote (a vote needs
 * something to vote on) and the cursors switch.
 */
function WallTools() {
  const { doc } = useBoardEditing();
  const segmentCount = useBoardSelector(doc, selectSegmentCount);
  return (
    <>
      {segmentCount > 0 ? <VotePanel step="scenarios" voteInList={false} compact /> : null}
      <CursorToggle />
      <WallTips />
    </>
  );
}

/** The method's hints and the keys, folded away so the wall starts high on the page. */
function WallTips() {
  const { canEdit } = useBoardEditing();
  return (
    <details className="relative text-xs">
      <summary className="cursor-pointer rounded-md px-1.5 py-0.5 font-medium text-slate-600 hover:bg-slate-100">
        Tips<span className="sr-only"> for this wall</span>
      </summary>
      <div className="absolute top-full right-0 z-40 mt-1 flex w-[min(36rem,calc(100vw-2rem))] flex-col gap-2 rounded-md border border-slate-200 bg-white p-3 shadow-lg">
        <SpectrumHint />
        {canEdit ? (
          <p className="text-slate-700">
            Press <kbd className="rounded border border-slate-300 bg-white px-1">N</kbd> while in a
            segment to add a scenario there. Drag notes by their handle, or focus the handle and use
            Space and the arrow keys. To stack a duplicate from the keyboard, open its Details and
            pick the note it repeats.
          </p>
        ) : null}
      </div>
    </details>
  );
}

function ScenariosBoard() {
  const { doc, awareness, canEdit, report } = useBoardEditing();
  const segmentIds = useBoardSelector(doc, selectSegmentIds);
  const trayCount = useScenariosInSegment(doc, null).length;
  const [activeId, setActiveId] = useState<string | null>(null);

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates }),
  );

  const store = boardStore(doc);
  const announcements = useMemo(
    () => scenarioAnnouncements(() => outlineOf(store.getSnapshot())),
    [store],
  );

  const endDrag = useCallback(() => {
    setActiveId(null);
    if (awareness) setDraggingScenario(awareness, null);
  }, [awareness]);

  const onDragStart = useCallback(
    (event: DragStartEvent) => {
      const id = String(event.active.id);
      setActiveId(id);
      if (awareness) setDraggingScenario(awareness, id);
    },
    [awareness],
  );

  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      endDrag();
      if (!over || !canEdit) return;
      const stackOnto = stackTargetOf(String(over.id));
      if (stackOnto) {
        report(stackScenario(doc, { scenarioId: String(active.id), ontoId: stackOnto }));
        return;
      }
      const dragged = active.rect.current.translated;
      // Over a note of another column, the note goes after it once its top passes the middle.
      const after = dragged ? dragged.top > over.rect.top + over.rect.height / 2 : false;
      const target = dropTarget({
        columns: boardColumns(store.getSnapshot()),
        activeId: String(active.id),
        overId: String(over.id),
        after,
      });
      if (target) report(moveScenario(doc, { scenarioId: String(active.id), ...target }));
    },
    [canEdit, doc, endDrag, report, store],
  );

  return (
    <div className="flex flex-col gap-2">
      <CoverageStrip />
      <DndContext
        sensors={sensors}
        collisionDetection={stackFirst}
        // A picked-up note fades where it is: no layout shift to make up for.
        autoScroll={{ layoutShiftCompensation: false }}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={endDrag}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: DRAG_INSTRUCTIONS },
        }}
      >
        {/* Whole columns wrap onto the next row: nothing scrolls sideways, on a phone one
            column per row. */}
        <SharedCursors area="scenarios">
          <div
            className="gap-wall grid grid-cols-[repeat(auto-fill,minmax(min(100%,17rem),1fr))] items-start pb-4"
            data-testid="segment-columns"
          >
            {trayCount > 0 ? <SegmentColumn segmentId={null} /> : null}
            {segmentIds.map((id) => (
              <SegmentColumn key={id} segmentId={id} />
            ))}
            {canEdit ? <AddSegmentForm firstSegment={segmentIds.length === 0} /> : null}
            {!canEdit && segmentIds.length === 0 ? (
              <p className="text-slate-600">No segments yet.</p>
            ) : null}
          </div>
        </SharedCursors>
        <DragOverlay dropAnimation={null}>
          {activeId ? <NotePreview scenarioId={activeId} /> : null}
        </DragOverlay>
      </DndContext>
    </div>
  );
}
