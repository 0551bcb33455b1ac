"use client";

import { useCanEdit } from "@/components/workshop/use-can-edit";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { useBoardMigration } from "@/lib/documents/use-board-migration";
import { KpiList } from "./kpi-list";
import { ObjectiveEditor } from "./objective-editor";
import { ObjectiveHelper } from "./objective-helper";

/** Step 2: one shared objective statement and the goals it serves. */
export function ObjectiveStep() {
  const canEdit = useCanEdit();
  const { docs, status } = useWorkshopRoom();
  useBoardMigration(docs.board, { synced: status === "connected", canEdit });
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <ObjectiveEditor canEdit={canEdit} />
      <ObjectiveHelper canEdit={canEdit} />
      <KpiList canEdit={canEdit} />
    </div>
  );
}
