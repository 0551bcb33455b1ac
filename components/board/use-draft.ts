"use client";

import { useRef, useState, type ChangeEvent, type KeyboardEvent } from "react";

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * Editing for a text only this person writes (a private note): while the field has focus it shows
 * what they type, and every keystroke is written at once, so a reveal, step change, reload or
 * closed tab never loses a note still being typed. Enter leaves the field (Shift+Enter keeps a
 * newline in text areas); Escape restores the text it had on focus. Shared fields use
 * useSharedText instead, which also keeps the caret through others' edits.
 */
export function useDraft(value: string, commit: (next: string) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  const atFocus = useRef<string | null>(null);
  return {
    value: draft ?? value,
    onFocus: () => {
      atFocus.current = value;
      setDraft(value);
    },
    onChange: (event: ChangeEvent<Field>) => {
      const next = event.target.value;
      setDraft(next);
      commit(next);
    },
    onBlur: () => {
      atFocus.current = null;
      setDraft(null);
    },
    onKeyDown: (event: KeyboardEvent<Field>) => {
      if (event.nativeEvent.isComposing) return;
      if (event.key === "Escape") {
        const original = atFocus.current;
        if (original !== null && original !== event.currentTarget.value) commit(original);
        event.currentTarget.blur();
      } else if (event.key === "Enter" && !event.shiftKey) {
        event.preventDefault();
        event.currentTarget.blur();
      }
    },
  };
}
