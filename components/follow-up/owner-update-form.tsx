"use client";

import { useState } from "react";
import { updateOwnerItemAction } from "@/app/u/[token]/owner-actions";
import type { Measurement } from "@/lib/documents/records";
import type { AbCounts, ItemProgress } from "@/lib/follow-up/progress-records";
import { AbCountsForm } from "./ab-counts-form";
import { AbResultPanel } from "./ab-result-panel";
import { ProgressForm, type ProgressPatch } from "./progress-form";

/** The owner's side: status, update and, for a test, its counts, sent through their link. */
export function OwnerUpdateForm({
  token,
  progress,
  abPlanned,
  measurement,
}: {
  token: string;
  progress: ItemProgress;
  abPlanned: boolean;
  /** The item's measurement plan, for the test's confidence level and planned size. */
  measurement: Measurement;
}) {
  const [saved, setSaved] = useState<ProgressPatch>({
    status: progress.status,
    dropReason: progress.dropReason,
    update: progress.update,
  });
  const [ab, setAb] = useState<AbCounts | null>(progress.ab);

  async function send(patch: ProgressPatch, counts?: AbCounts): Promise<string | null> {
    const result = await updateOwnerItemAction({ token, ...patch, ab: counts });
    if (!result.ok) return result.error.message;
    setSaved(patch);
    if (counts) setAb(counts);
    return null;
  }

  const testing =
    abPlanned || ab !== null || saved.status === "testing" || saved.status === "shipped";
  return (
    <div className="flex flex-col gap-6">
      <ProgressForm
        idPrefix="owner"
        progress={{ ...progress, ...saved }}
        disabled={false}
        onSave={(patch) => send(patch)}
      />
      {testing ? (
        <section aria-labelledby="owner-ab-heading" className="flex flex-col gap-2">
          <h2 id="owner-ab-heading" className="text-lg font-semibold">
            A/B test result
          </h2>
          <p className="text-sm text-slate-600">
            How many people each group held and how many of them converted, as observed so far.
          </p>
          <AbCountsForm
            idPrefix="owner"
            counts={ab}
            disabled={false}
            onSave={(counts) => send(saved, counts)}
          />
          {ab ? <AbResultPanel counts={ab} measurement={measurement} /> : null}
        </section>
      ) : null}
    </div>
  );
}
