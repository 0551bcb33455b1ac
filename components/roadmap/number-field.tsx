"use client";

import { useId, useState } from "react";

type NumberFieldProps = {
  label: string;
  value: number | null;
  min: number;
  max: number;
  /** Whole numbers only (visitors per day). */
  integer?: boolean;
  /** Shown under the field while the typed text is not a number in range. */
  rangeHint: string;
  /**
   * Called with every number in range typed, and with null when the field is emptied; returns
   * whether the write was accepted (the document's schema has the last word, e.g. 0 % excluded).
   */
  onCommit: (value: number | null) => boolean;
  allowEmpty?: boolean;
  className?: string;
};

function parseNumber(text: string): number | null {
  const normalized = text.trim().replace(/\s/g, "").replace(",", ".");
  if (normalized === "") return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : Number.NaN;
}

function formatNumber(value: number | null): string {
  return value === null ? "" : String(value);
}

/**
 * A number stored in the board doc, typed as text (so "2.", "2,5" and an empty field can be
 * typed on the way to a value). Each valid value is written as it is typed; a value changed by
 * someone else replaces the text unless it is what this person's text already says.
 */
export function NumberField(props: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(() => formatNumber(props.value));
  const [shown, setShown] = useState(props.value);
  const [refused, setRefused] = useState(false);
  if (shown !== props.value) {
    setShown(props.value);
    if (parseNumber(draft) !== props.value) setDraft(formatNumber(props.value));
  }
  const parsed = parseNumber(draft);
  const invalid =
    refused ||
    (parsed === null
      ? !(props.allowEmpty ?? true)
      : Number.isNaN(parsed) ||
        parsed < props.min ||
        parsed > props.max ||
        (props.integer === true && !Number.isInteger(parsed)));

  return (
    <div className={`flex flex-col gap-1 ${props.className ?? ""}`}>
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {props.label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={props.integer ? "numeric" : "decimal"}
        autoComplete="off"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-hint` : undefined}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-600 aria-invalid:border-red-600"
        value={draft}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const next = parseNumber(text);
          if (next === null) {
            setRefused((props.allowEmpty ?? true) ? !props.onCommit(null) : false);
            return;
          }
          const fits =
            !Number.isNaN(next) &&
            next >= props.min &&
            next <= props.max &&
            (!props.integer || Number.isInteger(next));
          setRefused(fits ? !props.onCommit(next) : false);
        }}
      />
      {invalid ? (
        <p id={`${id}-hint`} className="text-xs text-red-700">
          {props.rangeHint}
        </p>
      ) : null}
    </div>
  );
}
