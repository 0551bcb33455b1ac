"use client";

import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
  type ChangeEvent,
  type KeyboardEvent,
} from "react";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import type { WriteResult } from "./result";
import { setTypingIn } from "./scenario-presence";
import {
  editSharedText,
  observeSharedText,
  readSharedText,
  textTargetKey,
  transformSelection,
  type TextSelection,
  type TextTarget,
} from "./shared-text";

type Field = HTMLInputElement | HTMLTextAreaElement;

export type UseSharedTextOptions = {
  doc: Y.Doc;
  target: TextTarget;
  /** Shows this person as typing in the record while the field has focus. */
  awareness?: Awareness | null;
  /** Enter (without Shift) leaves the field and Escape restores the text it had on focus. */
  commitKeys?: boolean;
  /** Gets every refused write (e.g. to show "Not saved: …"). */
  onResult?: (result: WriteResult<unknown>) => void;
};

export type SharedTextProps = {
  value: string;
  ref: (element: Field | null) => void;
  onChange: (event: ChangeEvent<Field>) => void;
  onFocus: () => void;
  onBlur: () => void;
  onKeyDown: (event: KeyboardEvent<Field>) => void;
};

/**
 * Binds a text input or text area to one shared text field: every keystroke is written at once
 * (so others see it live and a step change, reload or closed tab loses nothing), and a remote
 * edit keeps this person's caret and selection where they were in the text. Spread the result
 * onto the element.
 */
export function useSharedText(options: UseSharedTextOptions): SharedTextProps {
  const { doc, awareness = null, commitKeys = false, onResult } = options;
  const key = textTargetKey(options.target);
  // Rebuilt only when the key changes, so an inline target object does not resubscribe.
  const target = useMemo(() => options.target, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  const element = useRef<Field | null>(null);
  const writing = useRef(false);
  const pending = useRef<(TextSelection & { direction: Field["selectionDirection"] }) | null>(null);
  const atFocus = useRef<string | null>(null);

  const subscribe = useCallback(
    (listener: () => void) =>
      observeSharedText(doc, target, (change) => {
        const field = element.current;
        if (!writing.current && field && field === document.activeElement) {
          // Read the selection before React writes the new value (which throws the caret to
          // the end), against the text the field still shows.
          const before = pending.current ?? {
            start: field.selectionStart ?? 0,
            end: field.selectionEnd ?? 0,
            direction: field.selectionDirection,
          };
          const moved = change.delta
            ? transformSelection(change.delta, before)
            : { start: before.start, end: before.end };
          pending.current = { ...moved, direction: before.direction };
        }
        listener();
      }),
    [doc, target],
  );
  const read = useCallback(() => readSharedText(doc, target), [doc, target]);
  const value = useSyncExternalStore(subscribe, read, read);

  useLayoutEffect(() => {
    const selection = pending.current;
    pending.current = null;
    const field = element.current;
    if (!selection || !field || field !== document.activeElement) return;
    const end = Math.min(selection.end, value.length);
    field.setSelectionRange(Math.min(selection.start, end), end, selection.direction ?? "none");
  }, [value]);

  const recordId = target.kind === "record" ? target.recordId : null;
  useEffect(
    () => () => {
      if (awareness && recordId && element.current === document.activeElement) {
        setTypingIn(awareness, null);
      }
    },
    [awareness, recordId],
  );

  const write = useCallback(
    (text: string) => {
      // The field already shows what this person typed, caret included.
      pending.current = null;
      writing.current = true;
      try {
        const result = editSharedText(doc, { target, text });
        if (!result.ok) onResult?.(result);
      } finally {
        writing.current = false;
      }
    },
    [doc, target, onResult],
  );

  return {
    value,
    ref: useCallback((field: Field | null) => {
      element.current = field;
    }, []),
    onChange: (event) => write(event.target.value),
    onFocus: () => {
      atFocus.current = read();
      if (awareness && recordId) setTypingIn(awareness, recordId);
    },
    onBlur: () => {
      atFocus.current = null;
      if (awareness && recordId) setTypingIn(awareness, null);
    },
    onKeyDown: (event) => {
      if (!commitKeys || event.nativeEvent.isComposing) return;
      if (event.key === "Escape") {
        const original = atFocus.current;
        if (original !== null && original !== read()) write(original);
        event.currentTarget.blur();
      } else if (event.key === "Enter" && !event.shiftKey) {
        event.preventDefault();
        event.currentTarget.blur();
      }
    },
  };
}
