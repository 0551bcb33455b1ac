"use client";

import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Active,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from "@dnd-kit/core";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { BlindPlacementRound } from "@/components/facilitation/blind-placement-round";
import { buttonStyles } from "@/components/ui/button-styles";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { placeOnMatrix, removeFromMatrix } from "@/lib/documents/matrix";
import { setMatrixDrag, type MatrixDrag } from "@/lib/documents/matrix-drag-presence";
import { useControl } from "@/lib/documents/use-control";
import { useMatrixDragHolders } from "@/lib/documents/use-matrix-drags";
import { useVoteRound } from "@/lib/documents/use-votes";
import { CarriedNoteFace, CarrierDraggable, DragShield, NoteCarrierContext } from "./carried-note";
import { LiveAnnouncer, useLiveAnnouncer } from "./live-announcer";
import { matrixAnnouncements } from "./matrix-announcements";
import { createPageScrollGuard, EDGE_SCROLL_ZONE } from "./page-scroll-guard";
import { useClosedVoteCounts } from "@/components/facilitation/use-closed-vote-counts";
import { MatrixBoard } from "./matrix-board";
import { MatrixRanking } from "./matrix-ranking";
import {
  MATRIX_NOTE_HELP,
  MATRIX_NOTE_HELP_ID,
  READ_ONLY_HELP,
  TRAY_DROPPABLE_ID,
  TRAY_NOTE_HELP,
  TRAY_NOTE_HELP_ID,
  noteElementId,
  shortText,
} from "./matrix-copy";
import {
  centreOf,
  describePosition,
  isArrowKey,
  isInside,
  nextKeyboardCorner,
  nudgePosition,
  pointToPosition,
  type ArrowKey,
} from "./matrix-geometry";
import { createNoteCarrier } from "./note-carrier";
import { RemoteDragLayer } from "./remote-drag-layer";
import { ScenarioTray } from "./scenario-tray";
import { createThrottle } from "./throttle";
import { usePrioritizeData } from "./use-prioritize-data";

// The matrix's dot vote is its own chunk: loaded once a vote exists or the facilitator asks.
const VotePanel = dynamic(
  () => import("@/components/facilitation/vote-panel").then((m) => m.VotePanel),
  { ssr: false },
);

/** The dot vote on step 6: the panel while a vote exists; before, one button for the facilitator. */
function MatrixVote() {
  const { docs, role } = useWorkshopRoom();
  const round = useVoteRound(docs.control, "prioritize");
  const [asked, setAsked] = useState(false);
  if (round || asked) return <VotePanel step="prioritize" voteInList />;
  if (role !== "facilitator") return null;
  return (
    <button
      type="button"
      className={`${buttonStyles.tool} self-start`}
      onClick={() => setAsked(true)}
    >
      Set up a dot vote on the matrix…
    </button>
  );
}

/** About 30 previews a second: smooth for others, light on the wire. */
const PREVIEW_INTERVAL_MS = 33;

/** Focuses a note once React has drawn it in its new place (tray ↔ matrix). */
function focusSoon(elementId: string, attempts = 10): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(elementId);
    if (element) element.focus();
    else if (attempts > 0) focusSoon(elementId, attempts - 1);
  });
}

/**
 * Step 6: the business value × technical feasibility matrix. Ideas come from a tray grouped by
 * segment and are placed by mouse, touch or keyboard. Positions are written to the board doc
 * on drop (or per arrow-key step); while a note is in flight, its live position goes out
 * through awareness so everyone sees it move.
 */
export function PrioritizeStep() {
  const { docs, awareness, role } = useWorkshopRoom();
  const { locked } = useControl(docs.control);
  const readOnly = role === "observer" || locked;
  const holders = useMatrixDragHolders(awareness);
  const data = usePrioritizeData(docs.board, holders);
  const votes = useClosedVoteCounts(docs.board, docs.control);
  const { message, announce } = useLiveAnnouncer();
  const [matrixElement, setMatrixElement] = useState<HTMLDivElement | null>(null);
  // Which note is in flight lives in the carrier, not in state here: a drag starting or ending
  // re-renders the note in hand and the overlay, not this step.
  const [carrier] = useState(createNoteCarrier);

  // Latest data for callbacks that must keep their identity (memoized notes receive them).
  const latest = useRef(data);
  useEffect(() => {
    latest.current = data;
  }, [data]);

  const preview = useMemo(
    () =>
      createThrottle<MatrixDrag | null>({
        intervalMs: PREVIEW_INTERVAL_MS,
        send: (drag) => {
          if (awareness) setMatrixDrag(awareness, drag);
        },
      }),
    [awareness],
  );
  useEffect(
    () => () => {
      preview.cancel();
      if (awareness) setMatrixDrag(awareness, null);
    },
    [preview, awareness],
  );

  const positionOf = useCallback(
    (dragged: Active) => {
      const rect = dragged.rect.current.translated;
      const matrix = matrixElement?.getBoundingClientRect();
      if (!rect || !matrix) return null;
      const centre = centreOf(rect);
      return isInside(centre, matrix) ? pointToPosition(centre, matrix) : null;
    },
    [matrixElement],
  );

  const coordinateGetter: KeyboardCoordinateGetter = useCallback(
    (event, { context }) => {
      const matrix = matrixElement?.getBoundingClientRect();
      const note = context.collisionRect;
      if (!isArrowKey(event.code) || !matrix || !note) return undefined;
      event.preventDefault();
      return nextKeyboardCorner({ note, matrix, key: event.code, large: event.shiftKey });
    },
    [matrixElement],
  );

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter, scrollBehavior: "auto" }),
  );

  const accessibility = useMemo(
    () => ({
      announcements: matrixAnnouncements({
        textOf: data.textOf,
        positionOf,
        noteInHand: carrier.picked,
        isKeyboardDrag: () => carrier.carried()?.keyboard ?? false,
      }),
      screenReaderInstructions: { draggable: TRAY_NOTE_HELP },
    }),
    [data.textOf, positionOf, carrier],
  );

  const [scrollGuard] = useState(createPageScrollGuard);

  const endDrag = useCallback(() => {
    scrollGuard.dragEnded();
    carrier.release();
    preview.cancel();
    if (awareness) setMatrixDrag(awareness, null);
  }, [scrollGuard, carrier, preview, awareness]);

  function onDragStart(event: DragStartEvent): void {
    scrollGuard.dragStarted(event.activatorEvent);
    carrier.lift(event.activatorEvent instanceof KeyboardEvent);
  }

  function onDragMove(event: DragMoveEvent): void {
    scrollGuard.pointerMoved(event.delta);
    const dragged = carrier.carried();
    if (!dragged) return;
    const position = positionOf(event.active);
    preview.push(position ? { scenarioId: dragged.scenarioId, ...position } : null);
  }

  function onDragEnd(event: DragEndEvent): void {
    const dragged = carrier.carried();
    const position = positionOf(event.active);
    endDrag();
    // The board can be locked mid-drag; the server would refuse the write anyway.
    if (!dragged || readOnly) return;
    const { scenarioId, keyboard: wasKeyboard } = dragged;
    if (position) {
      const result = placeOnMatrix(docs.board, { scenarioId, ...position });
      if (!result.ok) announce(`Could not place the idea: ${result.error.message}`);
      else if (wasKeyboard) focusSoon(noteElementId("matrix", scenarioId));
    } else if (event.over?.id === TRAY_DROPPABLE_ID && dragged.from === "matrix") {
      removeFromMatrix(docs.board, { scenarioId });
      if (wasKeyboard) focusSoon(noteElementId("tray", scenarioId));
    }
  }

  const onNudge = useCallback(
    (scenarioId: string, key: ArrowKey, large: boolean) => {
      const current = latest.current.placedById.get(scenarioId);
      if (!current) return;
      const next = nudgePosition(current, key, large);
      const result = placeOnMatrix(docs.board, { scenarioId, ...next });
      const name = shortText(current.text);
      announce(result.ok ? `${name}: ${describePosition(next)}` : result.error.message);
    },
    [docs.board, announce],
  );

  const onReturn = useCallback(
    (scenarioId: string) => {
      const result = removeFromMatrix(docs.board, { scenarioId });
      if (!result.ok) return announce(result.error.message);
      announce(`“${shortText(latest.current.textOf(scenarioId))}” is back in the tray.`);
      focusSoon(noteElementId("tray", scenarioId));
    },
    [docs.board, announce],
  );

  const remoteDrags = useMemo(
    () => <RemoteDragLayer awareness={awareness} textOf={data.textOf} />,
    [awareness, data.textOf],
  );

  return (
    <div className="flex flex-col gap-4" data-testid="prioritize-step">
      {/* The lock has its notice in the room's status area. */}
      {role === "observer" ? (
        <p className="text-sm text-slate-700">
          You are observing: the matrix updates live, but only the team can move ideas.
        </p>
      ) : null}
      <p id={MATRIX_NOTE_HELP_ID} className="sr-only">
        {readOnly ? READ_ONLY_HELP : MATRIX_NOTE_HELP}
      </p>
      <p id={TRAY_NOTE_HELP_ID} className="sr-only">
        {readOnly ? READ_ONLY_HELP : TRAY_NOTE_HELP}
      </p>
      <DndContext
        sensors={sensors}
        // Scroll only when the pointer is right at the window's edge: the matrix fits the
        // window, and a wide scroll zone would move it under a note being placed. A picked-up
        // note stays where it was, so there is no layout shift to make up for.
        autoScroll={{
          threshold: { x: EDGE_SCROLL_ZONE, y: EDGE_SCROLL_ZONE },
          layoutShiftCompensation: false,
          canScroll: scrollGuard.canScroll,
        }}
        accessibility={accessibility}
        onDragPending={carrier.hold}
        onDragStart={onDragStart}
        onDragMove={onDragMove}
        onDragEnd={onDragEnd}
        onDragCancel={endDrag}
        onDragAbort={carrier.release}
      >
        <CarrierDraggable carrier={carrier} readOnly={readOnly} />
        <NoteCarrierContext value={carrier}>
          <div className="grid min-w-0 items-start gap-3 lg:grid-cols-[13rem_1fr]">
            <ScenarioTray
              groups={data.trayGroups}
              riskCounts={data.riskCounts}
              heldBy={data.heldBy}
              readOnly={readOnly}
            />
            <MatrixBoard
              placed={data.placed}
              heldBy={data.heldBy}
              overlay={remoteDrags}
              riskCounts={data.riskCounts}
              votes={votes}
              readOnly={readOnly}
              onMatrixElement={setMatrixElement}
              onNudge={onNudge}
              onReturn={onReturn}
            />
          </div>
        </NoteCarrierContext>
        <DragShield carrier={carrier} />
        <DragOverlay dropAnimation={null}>
          <CarriedNoteFace carrier={carrier} textOf={data.textOf} riskCounts={data.riskCounts} />
        </DragOverlay>
      </DndContext>
      {/* On phones the ranked list comes first: a 390 px matrix cannot show 45 ideas. */}
      <div className="max-lg:order-first">
        <MatrixRanking placed={data.placed} riskCounts={data.riskCounts} votes={votes} />
      </div>
      <BlindPlacementRound />
      <MatrixVote />
      <LiveAnnouncer message={message} />
    </div>
  );
}
