"use client";

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { useState } from "react";
import { useWorkshopMembers } from "@/components/workshop/use-workshop-members";
import { useWorkshopDetails } from "@/components/workshop/workshop-details";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { priorityScore } from "@/lib/documents/quadrant";
import { moveRoadmapItem } from "@/lib/documents/roadmap";
import { blockingRisks } from "@/lib/documents/warnings";
import { useBoard } from "@/lib/documents/use-board";
import { useControl } from "@/lib/documents/use-control";
import { parseSlot } from "@/lib/summary/slots";
import { selectIdeas } from "@/lib/documents/selectors";
import { timelineLanes, type Granularity } from "./lanes";
import { RoadmapItemCard, scenarioTitle } from "./roadmap-item-card";
import { RoadmapProposal } from "./roadmap-proposal";
import { RoadmapTimeline } from "./roadmap-timeline";

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Step 7: accept the proposed quick wins, then plan each one and put it on the timeline. */
export function RoadmapStep() {
  const { docs, role, self } = useWorkshopRoom();
  const { locked } = useControl(docs.control);
  const canEdit = role !== "observer" && !locked;
  const board = useBoard(docs.board);
  const details = useWorkshopDetails();
  const members = useWorkshopMembers();
  const doc = docs.board;
  const [announcement, setAnnouncement] = useState("");
  const [granularity, setGranularity] = useState<Granularity>(() =>
    board.roadmap.some((item) => item.slot && parseSlot(item.slot)?.kind === "month")
      ? "month"
      : "quarter",
  );
  const [from] = useState(() => details.date ?? todayIso());
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const scenarios = new Map(board.scenarios.map((scenario) => [scenario.id, scenario]));
  const titleOf = (itemId: string) => {
    const item = board.roadmap.find((candidate) => candidate.id === itemId);
    return scenarioTitle(item ? (scenarios.get(item.scenarioId) ?? null) : null);
  };
  const lanes = timelineLanes({
    granularity,
    from,
    used: board.roadmap.map((item) => item.slot),
  });
  const onRoadmap = new Set(board.roadmap.map((item) => item.scenarioId));
  const swapOptions = selectIdeas(board)
    .filter((scenario) => scenario.matrix !== null && !onRoadmap.has(scenario.id))
    .sort(
      (a, b) => (b.matrix ? priorityScore(b.matrix) : 0) - (a.matrix ? priorityScore(a.matrix) : 0),
    );

  const move = (itemId: string, index: number) => {
    const result = moveRoadmapItem(doc, { itemId, index });
    if (result.ok) setAnnouncement(`Moved “${titleOf(itemId)}” to position ${index + 1}.`);
  };
  const onDragEnd = (event: DragEndEvent) => {
    if (!event.over || event.active.id === event.over.id) return;
    const index = board.roadmap.findIndex((item) => item.id === event.over?.id);
    if (index >= 0) move(String(event.active.id), index);
  };

  return (
    <div className="flex flex-col gap-8">
      <fieldset disabled={!canEdit} className="m-0 flex min-w-0 flex-col gap-8 border-0 p-0">
        <legend className="sr-only">Roadmap</legend>
        <RoadmapProposal doc={doc} board={board} onAnnounce={setAnnouncement} />

        {board.roadmap.length > 0 ? (
          <RoadmapTimeline
            doc={doc}
            items={board.roadmap}
            scenarios={scenarios}
            roster={members}
            lanes={lanes}
            granularity={granularity}
            onGranularityChange={setGranularity}
            canEdit={canEdit}
            onAnnounce={setAnnouncement}
          />
        ) : null}

        {board.roadmap.length > 0 ? (
          <section aria-labelledby="roadmap-items-heading" className="flex flex-col gap-3">
            <h3 id="roadmap-items-heading" className="text-lg font-semibold">
              Roadmap items, in priority order
            </h3>
            <DndContext
              sensors={sensors}
              collisionDetection={closestCenter}
              onDragEnd={onDragEnd}
              accessibility={{
                announcements: {
                  onDragStart: ({ active }) => `Picked up “${titleOf(String(active.id))}”.`,
                  onDragOver: ({ active, over }) =>
                    over
                      ? `“${titleOf(String(active.id))}” is over position ${
                          board.roadmap.findIndex((item) => item.id === over.id) + 1
                        }.`
                      : "",
                  onDragEnd: ({ active, over }) =>
                    over
                      ? `Dropped “${titleOf(String(active.id))}” at position ${
                          board.roadmap.findIndex((item) => item.id === over.id) + 1
                        }.`
                      : "",
                  onDragCancel: ({ active }) =>
                    `Reordering “${titleOf(String(active.id))}” cancelled.`,
                },
              }}
            >
              <SortableContext
                items={board.roadmap.map((item) => item.id)}
                strategy={verticalListSortingStrategy}
              >
                <ol className="flex flex-col gap-4">
                  {board.roadmap.map((item, index) => {
                    const risks = board.risks.filter((risk) => risk.scenarioId === item.scenarioId);
                    return (
                      <li key={item.id}>
                        <RoadmapItemCard
                          doc={doc}
                          item={item}
                          rank={index + 1}
                          total={board.roadmap.length}
                          scenario={scenarios.get(item.scenarioId) ?? null}
                          risks={risks}
                          blocking={blockingRisks({ item, risks })}
                          kpis={board.kpis}
                          roster={members}
                          lanes={lanes}
                          swapOptions={swapOptions}
                          self={self}
                          canEdit={canEdit}
                          onMove={move}
                          onAnnounce={setAnnouncement}
                        />
                      </li>
                    );
                  })}
                </ol>
              </SortableContext>
            </DndContext>
          </section>
        ) : null}
      </fieldset>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
