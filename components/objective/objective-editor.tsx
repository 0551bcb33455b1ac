"use client";

import { inputStyles, labelStyles } from "@/components/ui/form-styles";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { useSharedText } from "@/lib/documents/use-shared-text";

const OBJECTIVE = { kind: "objective" } as const;

/**
 * The shared objective statement. Everyone types into the same text; a remote edit anywhere
 * keeps this person's caret and selection where they were in the text.
 */
export function ObjectiveEditor({ canEdit }: { canEdit: boolean }) {
  const { docs, awareness } = useWorkshopRoom();
  const objective = useSharedText({ doc: docs.board, target: OBJECTIVE, awareness });

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="objective" className={labelStyles}>
        Workshop objective
      </label>
      <textarea
        id="objective"
        {...objective}
        rows={3}
        maxLength={2000}
        disabled={!canEdit}
        placeholder="By the end of this workshop we will have…"
        className={`${inputStyles} text-base`}
      />
    </div>
  );
}
