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

function samePatch(a: ProgressPatch, b: ProgressPatch): boolean {
  return a.status === b.status && a.dropReason === b.dropReason && a.update === b.update;
}

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
  const saved: ProgressPatch = {
    status: progress.status,
    dropReason: progress.dropReason,
    update: progress.update,
  };
  // The stored values the draft started from. When someone else saves, an untouched form takes
  // their values; a form being edited keeps its draft and says that saving replaces theirs.
  const [base, setBase] = useState(saved);
  const [draft, setDraft] = useState(saved);
  const [overtaken, setOvertaken] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  if (!samePatch(saved, base)) {
    setBase(saved);
    // Equal to the draft: this form's own save coming back.
    if (samePatch(draft, base)) setDraft(saved);
    else if (!samePatch(draft, saved)) setOvertaken(true);
  }
  const { status, dropReason, update } = draft;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (status === "dropped" && dropReason.trim() === "") {
      setMessage({ error: true, text: "Say why the item was dropped." });
      return;
    }
    const patch = { status, dropReason: status === "dropped" ? dropReason.trim() : "", update };
    setDraft(patch);
    const error = await onSave(patch);
    if (!error) setOvertaken(false);
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
          onChange={(event) => setDraft({ ...draft, status: event.target.value as ProgressStatus })}
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
            onChange={(event) => setDraft({ ...draft, dropReason: event.target.value })}
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
          onChange={(event) => setDraft({ ...draft, update: event.target.value })}
          className="rounded-md border border-slate-300 px-2 py-1.5"
        />
      </label>
      {overtaken ? (
        <p role="status" className="text-sm text-amber-900">
          Someone else saved this item while you were editing: saving replaces their version.
        </p>
      ) : null}
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
