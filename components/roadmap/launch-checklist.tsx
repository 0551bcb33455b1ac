"use client";

import { useId } from "react";
import type * as Y from "yjs";
import { labelStyles } from "@/components/ui/form-styles";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { LAUNCH_CHECKS } from "@/lib/documents/records";
import { tickLaunchCheck } from "@/lib/documents/roadmap-review";
import { LAUNCH_CHECK_TEXT, launchProgress } from "@/lib/method/launch-checklist";
import { formatSummaryDate } from "@/lib/summary/format-date";

type Item = BoardSnapshot["roadmap"][number];

type LaunchChecklistProps = {
  doc: Y.Doc;
  item: Item;
  self: { userId: string; name: string };
};

/** Launch readiness: the checks before the item goes live, each ticked under a name. */
export function LaunchChecklist({ doc, item, self }: LaunchChecklistProps) {
  const id = useId();
  const { done, total } = launchProgress(item.launch);
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className={`${labelStyles} mb-1`}>
        Launch readiness{" "}
        <span className="font-normal text-slate-700">
          ({done} of {total} checks done)
        </span>
      </legend>
      <ul className="grid gap-x-4 gap-y-2 sm:grid-cols-2">
        {LAUNCH_CHECKS.map((check) => {
          const tick = item.launch[check];
          return (
            <li key={check} className="flex flex-col">
              <label className="inline-flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  className="mt-0.5"
                  checked={tick !== null}
                  aria-describedby={tick ? `${id}-${check}-by` : undefined}
                  onChange={(event) =>
                    tickLaunchCheck(doc, {
                      itemId: item.id,
                      check,
                      ticked: event.target.checked,
                      userId: self.userId,
                      name: self.name,
                    })
                  }
                />
                {LAUNCH_CHECK_TEXT[check]}
              </label>
              {tick ? (
                <span id={`${id}-${check}-by`} className="pl-6 text-xs text-slate-600">
                  Ticked by {tick.name} on {formatSummaryDate(tick.at)}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
