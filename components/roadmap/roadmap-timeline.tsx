"use client";

import {
  DndContext,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import { CSS } from "@dnd-kit/utilities";
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import type * as Y from "yjs";
import type { WorkshopMember } from "@/components/workshop/workshop-details";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { moveRoadmapItem } from "@/lib/documents/roadmap";
import { laneOf, type Granularity, type Lane } from "./lanes";
import { scenarioTitle } from "./roadmap-item-card";

type Item = BoardSnapshot["roadmap"][number];
type Scenario = BoardSnapshot["scenarios"][number];

const UNSCHEDULED = "unscheduled";

type RoadmapTimelineProps = {
  doc: Y.Doc;
  items: readonly Item[];
  scenarios: ReadonlyMap<string, Scenario>;
  roster: readonly WorkshopMember[];
  lanes: readonly Lane[];
  granularity: Granularity;
  onGranularityChange: (granularity: Granularity) => void;
  canEdit: boolean;
  onAnnounce: (message: string) => void;
};

/**
 * Timeline lanes (quarters or months). Items are dragged between lanes with a mouse or finger,
 * or moved with the left and right arrow keys when focused.
 */
export function RoadmapTimeline(props: RoadmapTimelineProps) {
  const { doc, items, lanes, granularity, canEdit, onAnnounce } = props;
  const id = useId();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const focusAfterMove = useRef<string | null>(null);
  const laneIds = [UNSCHEDULED, ...lanes.map((lane) => lane.id)];
  const laneLabel = (laneId: string) =>
    laneId === UNSCHEDULED
      ? "Not scheduled"
      : (lanes.find((lane) => lane.id === laneId)?.label ?? laneId);
  const laneOfItem = (item: Item) =>
    item.slot ? (laneOf(item.slot, granularity) ?? UNSCHEDULED) : UNSCHEDULED;

  useEffect(() => {
    const itemId = focusAfterMove.current;
    if (!itemId) return;
    // The chip re-mounts in its new lane; put the keyboard focus back on it.
    focusAfterMove.current = null;
    document.querySelector<HTMLElement>(`[data-timeline-item="${itemId}"]`)?.focus();
  }, [items]);

  const moveTo = (item: Item, laneId: string) => {
    if (laneOfItem(item) === laneId) return;
    const slot = laneId === UNSCHEDULED ? null : laneId;
    const result = moveRoadmapItem(doc, { itemId: item.id, slot });
    if (result.ok) {
      onAnnounce(
        `Moved “${scenarioTitle(props.scenarios.get(item.scenarioId) ?? null)}” to ${laneLabel(laneId)}.`,
      );
    }
  };

  const onDragEnd = (event: DragEndEvent) => {
    const item = items.find((candidate) => candidate.id === event.active.id);
    if (!item || !event.over) return;
    moveTo(item, String(event.over.id));
  };

  const onKeyDown = (item: Item, event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    event.preventDefault();
    const index = laneIds.indexOf(laneOfItem(item));
    const next = laneIds[index + (event.key === "ArrowLeft" ? -1 : 1)];
    if (next === undefined) return;
    focusAfterMove.current = item.id;
    moveTo(item, next);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h3 id={`${id}-heading`} className="text-lg font-semibold">
          Timeline
        </h3>
        <div role="radiogroup" aria-label="Timeline lanes" className="flex gap-1 text-sm">
          {(["quarter", "month"] as const).map((option) => (
            <label
              key={option}
              className="has-checked:border-brand-500 has-checked:bg-brand-50 flex cursor-pointer items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1"
            >
              <input
                type="radio"
                name={`${id}-granularity`}
                value={option}
                checked={granularity === option}
                onChange={() => props.onGranularityChange(option)}
              />
              {option === "quarter" ? "Quarters" : "Months"}
            </label>
          ))}
        </div>
      </div>
      <p id={`${id}-help`} className="text-sm text-slate-600">
        Drag an item to another lane, or focus it and press the left or right arrow key. The time
        slot field on each item below does the same.
      </p>
      <DndContext
        sensors={sensors}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: {
            draggable:
              "Press the left or right arrow key to move this item to the previous or next lane.",
          },
          announcements: {
            onDragStart: () => "",
            onDragOver: () => "",
            onDragEnd: () => "",
            onDragCancel: () => "Move cancelled.",
          },
        }}
      >
        <div className="grid auto-cols-[minmax(9rem,1fr)] grid-flow-col gap-2 overflow-x-auto pb-2">
          {laneIds.map((laneId) => (
            <TimelineLane key={laneId} id={laneId} label={laneLabel(laneId)}>
              {items
                .filter((item) => laneOfItem(item) === laneId)
                .map((item) => (
                  <TimelineChip
                    key={item.id}
                    item={item}
                    title={scenarioTitle(props.scenarios.get(item.scenarioId) ?? null)}
                    owner={props.roster.find((m) => m.userId === item.ownerUserId)?.name ?? null}
                    canEdit={canEdit}
                    onKeyDown={(event) => onKeyDown(item, event)}
                  />
                ))}
            </TimelineLane>
          ))}
        </div>
      </DndContext>
    </section>
  );
}

function TimelineLane({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <section
      ref={setNodeRef}
      aria-label={`Lane ${label}`}
      data-lane={id}
      className={`flex min-h-32 flex-col gap-2 rounded-lg border p-2 ${
        isOver ? "border-brand-500 bg-brand-50 border-2" : "border-slate-200 bg-slate-100"
      }`}
    >
      <h4 className="px-1 text-xs font-semibold tracking-wide text-slate-700 uppercase">
        {label}
        {isOver ? <span className="sr-only"> (drop here)</span> : null}
      </h4>
      <ul className="flex flex-col gap-2">{children}</ul>
    </section>
  );
}

function TimelineChip({
  item,
  title,
  owner,
  canEdit,
  onKeyDown,
}: {
  item: Item;
  title: string;
  owner: string | null;
  canEdit: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}) {
  const { setNodeRef, attributes, listeners, transform, isDragging } = useDraggable({
    id: item.id,
    disabled: !canEdit,
  });
  const style = { transform: CSS.Translate.toString(transform) };
  return (
    <li>
      <button
        type="button"
        ref={setNodeRef}
        style={style}
        {...attributes}
        {...listeners}
        data-timeline-item={item.id}
        disabled={!canEdit}
        aria-label={`${title}${owner ? `, owner ${owner}` : ""}${item.ready ? ", ready" : ""}`}
        onKeyDown={onKeyDown}
        className={`flex w-full touch-none flex-col gap-0.5 rounded-md border bg-white px-2.5 py-2 text-left text-sm shadow-sm disabled:cursor-default ${
          isDragging ? "border-brand-500 relative z-10 shadow-lg" : "border-slate-300"
        } cursor-grab`}
      >
        <span className="font-medium">{title}</span>
        <span className="text-xs text-slate-600">
          {owner ?? "No owner"}
          {item.ready ? " · ✓ ready" : ""}
        </span>
      </button>
    </li>
  );
}
