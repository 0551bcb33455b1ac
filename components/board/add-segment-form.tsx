"use client";

import { useId, useState, type FormEvent } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { LIFECYCLE_STAGES, type LifecycleStage } from "@/lib/documents/records";
import { addSegment } from "@/lib/documents/segments";
import { useBoardEditing } from "./board-room";
import { PlusIcon } from "./icons";
import { SegmentSuggestions } from "./segment-suggestions";
import { LIFECYCLE_STAGE_LABELS } from "@/lib/documents/labels";

/** The last column: name a new customer segment and add it. */
export function AddSegmentForm({ firstSegment }: { firstSegment: boolean }) {
  const { doc, report } = useBoardEditing();
  const id = useId();
  const [name, setName] = useState("");
  const [stage, setStage] = useState<LifecycleStage>("other");

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    const result = addSegment(doc, { name: trimmed, lifecycleStage: stage });
    report(result);
    if (result.ok) setName("");
  }

  return (
    <form
      onSubmit={submit}
      aria-label="New segment"
      className="flex min-w-0 flex-col gap-2 rounded-lg border-2 border-dashed border-slate-300 p-3"
    >
      <p className="text-sm font-medium text-slate-800">
        {firstSegment ? "Start with a customer segment" : "Another segment"}
      </p>
      <label htmlFor={`${id}-name`} className="sr-only">
        New segment name
      </label>
      <input
        id={`${id}-name`}
        value={name}
        onChange={(event) => setName(event.target.value)}
        placeholder="e.g. Returning shoppers"
        maxLength={200}
        className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
      />
      <label htmlFor={`${id}-stage`} className="text-xs text-slate-600">
        Lifecycle stage
      </label>
      <select
        id={`${id}-stage`}
        value={stage}
        onChange={(event) => setStage(event.target.value as LifecycleStage)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        {LIFECYCLE_STAGES.map((value) => (
          <option key={value} value={value}>
            {LIFECYCLE_STAGE_LABELS[value]}
          </option>
        ))}
      </select>
      <button type="submit" className={buttonStyles.primary} disabled={!name.trim()}>
        <PlusIcon />
        Add segment
      </button>
      <SegmentSuggestions />
    </form>
  );
}
