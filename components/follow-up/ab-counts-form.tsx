"use client";

import { useState, type FormEvent } from "react";
import { AbCountsSchema, type AbCounts } from "@/lib/follow-up/progress-records";
import { buttonStyles } from "@/components/ui/button-styles";

const FIELDS = [
  ["controlUsers", "Control: people"],
  ["controlConversions", "Control: conversions"],
  ["variantUsers", "Variant: people"],
  ["variantConversions", "Variant: conversions"],
] as const;

type Draft = Record<keyof AbCounts, string>;

function draftOf(counts: AbCounts | null): Draft {
  return {
    controlUsers: counts ? String(counts.controlUsers) : "",
    controlConversions: counts ? String(counts.controlConversions) : "",
    variantUsers: counts ? String(counts.variantUsers) : "",
    variantConversions: counts ? String(counts.variantConversions) : "",
  };
}

/** The observed counts of an A/B test; saved as one result. */
export function AbCountsForm({
  idPrefix,
  counts,
  disabled,
  onSave,
}: {
  idPrefix: string;
  counts: AbCounts | null;
  disabled: boolean;
  onSave: (counts: AbCounts) => Promise<string | null> | string | null;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(counts));
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = AbCountsSchema.safeParse(
      Object.fromEntries(Object.entries(draft).map(([key, value]) => [key, Number(value)])),
    );
    if (!parsed.success || Object.values(draft).some((value) => value.trim() === "")) {
      setError(
        parsed.success
          ? "Fill in all four counts."
          : (parsed.error.issues[0]?.message ?? "Check the counts."),
      );
      return;
    }
    setError(await onSave(parsed.data));
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      className="flex flex-col gap-2"
      aria-label="A/B test result"
    >
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {FIELDS.map(([key, label]) => (
          <label key={key} className="flex flex-col gap-1 text-sm" htmlFor={`${idPrefix}-${key}`}>
            {label}
            <input
              id={`${idPrefix}-${key}`}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              required
              disabled={disabled}
              value={draft[key]}
              onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
              className="rounded-md border border-slate-300 px-2 py-1"
            />
          </label>
        ))}
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <button type="submit" className={`${buttonStyles.secondary} self-start`} disabled={disabled}>
        Save result
      </button>
    </form>
  );
}
