"use client";

import type * as Y from "yjs";
import { labelStyles } from "@/components/ui/form-styles";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { QUALITY_CRITERIA } from "@/lib/documents/records";
import { setQualityCriterion } from "@/lib/documents/quality-check";
import { QUALITY_CRITERION_TEXT, qualityScore } from "@/lib/method/quality-criteria";

type Scenario = BoardSnapshot["scenarios"][number];

/** The quick quality check of the item's idea; its score also shows on the idea's matrix chip. */
export function QualityCheck({ doc, scenario }: { doc: Y.Doc; scenario: Scenario }) {
  const { met, total } = qualityScore(scenario.quality);
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className={`${labelStyles} mb-1`}>
        Quality check{" "}
        <span className="font-normal text-slate-700">
          ({met} of {total} met)
        </span>
      </legend>
      <ul className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
        {QUALITY_CRITERIA.map((criterion) => (
          <li key={criterion}>
            <label className="inline-flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-0.5"
                checked={scenario.quality[criterion]}
                onChange={(event) =>
                  setQualityCriterion(doc, {
                    scenarioId: scenario.id,
                    criterion,
                    met: event.target.checked,
                  })
                }
              />
              {QUALITY_CRITERION_TEXT[criterion]}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
