"use client";

import { useRef, useState, type ChangeEvent, type KeyboardEvent } from "react";

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * Local editing for a shared text value: while the field has focus it shows what this person is
 * typing (remote edits do not move their caret); on blur or Enter the draft is written once, and
 * Escape throws it away. Shift+Enter keeps a newline in text areas.
 */
export function useDraft(value: string, commit: (next: string) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  const cancelled = useRef(false);
  return {
    value: draft ?? value,
    onFocus: () => {
      cancelled.current = false;
      setDraft(value);
    },
    onChange: (event: ChangeEvent<Field>) => setDraft(event.target.value),
    onBlur: (event: { currentTarget: Field }) => {
      const next = event.currentTarget.value;
      if (!cancelled.current && next !== value) commit(next);
      setDraft(null);
    },
    onKeyDown: (event: KeyboardEvent<Field>) => {
      if (event.key === "Escape") {
        cancelled.current = true;
        event.currentTarget.blur();
      } else if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
        event.preventDefault();
        event.currentTarget.blur();
      }
    },
  };
}
