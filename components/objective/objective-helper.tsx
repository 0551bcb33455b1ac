"use client";

import { buttonStyles } from "@/components/ui/button-styles";
import { inputStyles, labelStyles } from "@/components/ui/form-styles";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { composeObjective, editObjective, setObjectiveHelper } from "@/lib/documents/objective";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { useBoardSelector } from "@/lib/documents/use-board";

const selectHelper = (snapshot: BoardSnapshot) => snapshot.objectiveHelper;

/** Fill-in-the-blanks for teams that struggle to start the objective from nothing. */
export function ObjectiveHelper({ canEdit }: { canEdit: boolean }) {
  const { docs } = useWorkshopRoom();
  const helper = useBoardSelector(docs.board, selectHelper);
  const sentence = composeObjective(helper);
  const ready = helper.outcome.trim().length > 0;

  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-medium">Help me phrase it</summary>
      <div className="mt-3 flex flex-col gap-3">
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="flex flex-col gap-1">
            <label htmlFor="objective-outcome" className={labelStyles}>
              By the end we will have…
            </label>
            <input
              id="objective-outcome"
              value={helper.outcome}
              maxLength={200}
              disabled={!canEdit}
              placeholder="a list of the top 5 personalization features"
              onChange={(event) => setObjectiveHelper(docs.board, { outcome: event.target.value })}
              className={inputStyles}
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="objective-ranked-by" className={labelStyles}>
              …ranked by
            </label>
            <input
              id="objective-ranked-by"
              value={helper.rankedBy}
              maxLength={200}
              disabled={!canEdit}
              placeholder="business value and technical feasibility"
              onChange={(event) => setObjectiveHelper(docs.board, { rankedBy: event.target.value })}
              className={inputStyles}
            />
          </div>
        </div>
        <p className="text-sm text-slate-700">
          <span className="font-medium">Preview:</span> {sentence}
        </p>
        {canEdit ? (
          <button
            type="button"
            className={`${buttonStyles.secondary} w-fit`}
            disabled={!ready}
            onClick={() => editObjective(docs.board, { text: sentence })}
          >
            Use as the objective
          </button>
        ) : null}
      </div>
    </details>
  );
}
