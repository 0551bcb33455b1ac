"use client";

import { useState, type FormEvent } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import {
  PROGRESS_STATUSES,
  PROGRESS_STATUS_LABELS,
  type ItemProgress,
  type ProgressStatus,
} from "@/lib/follow-up/progress-records";

export type ProgressPatch = { status: ProgressStatus; dropReason: string; update: string };

/** Status (with a reason when dropped) and the owner's update, saved together as one change. */
export function ProgressForm({
  idPrefix,
  progress,
  disabled,
  onSave,
}: {
  idPrefix: string;
  progress: ItemProgress;
  disabled: boolean;
  onSave: (patch: ProgressPatch) => Promise<string | null> | string | null;
}) {
  const [status, setStatus] = useState(progress.status);
  const [dropReason, setDropReason] = useState(progress.dropReason);
  const [update, setUpdate] = useState(progress.update);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (status === "dropped" && dropReason.trim() === "") {
      setMessage({ error: true, text: "Say why the item was dropped." });
      return;
    }
    const error = await onSave({
      status,
      dropReason: status === "dropped" ? dropReason.trim() : "",
      update,
    });
    setMessage(error ? { error: true, text: error } : { error: false, text: "Saved." });
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      className="flex flex-col gap-3"
      aria-label="Progress"
    >
      <label className="flex flex-col gap-1 text-sm" htmlFor={`${idPrefix}-status`}>
        Status
        <select
          id={`${idPrefix}-status`}
          value={status}
          disabled={disabled}
          onChange={(event) => setStatus(event.target.value as ProgressStatus)}
          className="rounded-md border border-slate-300 px-2 py-1.5 sm:max-w-xs"
        >
          {PROGRESS_STATUSES.map((value) => (
            <option key={value} value={value}>
              {PROGRESS_STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      {status === "dropped" ? (
        <label className="flex flex-col gap-1 text-sm" htmlFor={`${idPrefix}-reason`}>
          Why it was dropped
          <input
            id={`${idPrefix}-reason`}
            value={dropReason}
            maxLength={500}
            disabled={disabled}
            onChange={(event) => setDropReason(event.target.value)}
            className="rounded-md border border-slate-300 px-2 py-1.5"
          />
        </label>
      ) : null}
      <label className="flex flex-col gap-1 text-sm" htmlFor={`${idPrefix}-update`}>
        Owner&apos;s update
        <textarea
          id={`${idPrefix}-update`}
          value={update}
          maxLength={2000}
          rows={3}
          disabled={disabled}
          onChange={(event) => setUpdate(event.target.value)}
          className="rounded-md border border-slate-300 px-2 py-1.5"
        />
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonStyles.primary} disabled={disabled}>
          Save progress
        </button>
        <p
          role={message?.error ? "alert" : "status"}
          className={`text-sm ${message?.error ? "text-red-700" : "text-slate-600"}`}
        >
          {message?.text ?? ""}
        </p>
      </div>
    </form>
  );
}
