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
import { SharedCursors } from "@/components/realtime/shared-cursors";
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
      <PrivateWritingProvider step="scenarios">
        <ScenariosBoard />
      </PrivateWritingProvider>
    </BoardRoom>
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
    <div className="flex flex-col gap-3">
      {/* Coverage and the vote side by side, so the wall starts high on the page. */}
      <div className="grid items-start gap-3 empty:hidden xl:grid-cols-2 xl:[&>:only-child]:col-span-2">
        <CoverageStrip />
        {/* A vote needs something to vote on. */}
        {segmentIds.length > 0 ? <VotePanel step="scenarios" voteInList={false} /> : null}
      </div>
      <div className="flex flex-col gap-1">
        <SpectrumHint />
        {canEdit ? (
          <p className="text-xs text-slate-600">
            Press <kbd className="rounded border border-slate-300 bg-white px-1">N</kbd> while in a
            segment to add a scenario there. Drag notes by their handle, or focus the handle and use
            Space and the arrow keys.
          </p>
        ) : null}
      </div>
      <DndContext
        sensors={sensors}
        collisionDetection={stackFirst}
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
        <SharedCursors>
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
