"use client";

import type { BoardSnapshot } from "@/lib/documents/read-board";
import { useBoardSelector } from "@/lib/documents/use-board";
import { useWorkshopRoom } from "./workshop-room";

const selectObjective = (snapshot: BoardSnapshot) => snapshot.objective.trim();

/**
 * The workshop's objective for the header: the one the group wrote on step 2 once there is one,
 * else the facilitator's draft from when the workshop was created.
 */
export function WorkshopObjective({ draft }: { draft: string | null }) {
  const { docs } = useWorkshopRoom();
  const agreed = useBoardSelector(docs.board, selectObjective);
  if (!agreed && !draft) return null;
  return (
    <p
      className="truncate text-xs text-slate-700"
      title={agreed || draft || undefined}
      data-testid="workshop-objective"
    >
      <span className="font-medium">{agreed ? "Objective:" : "Objective draft:"}</span>{" "}
      {agreed || draft}
    </p>
  );
}
