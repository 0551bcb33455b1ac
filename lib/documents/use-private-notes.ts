"use client";

import { useCallback, useRef, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import {
  readPrivateNotes,
  readPrivateWriting,
  subscribePrivateNotes,
  subscribePrivateWriting,
  type PrivateNote,
} from "./private-notes";
import { readRolesVersion, subscribeRolesVersion } from "./roles-version";

const NO_NOTES: PrivateNote[] = [];
const noop = (): void => {};

/** The signed-in person's hidden notes (empty while the private doc is not connected). */
export function usePrivateNotes(doc: Y.Doc | null): PrivateNote[] {
  const cache = useRef<{ key: string; notes: PrivateNote[] }>({ key: "", notes: NO_NOTES });
  const subscribe = useCallback(
    (listener: () => void) => (doc ? subscribePrivateNotes(doc, listener) : noop),
    [doc],
  );
  const getSnapshot = useCallback(() => {
    if (!doc) return NO_NOTES;
    const notes = readPrivateNotes(doc);
    const key = JSON.stringify(notes);
    if (key !== cache.current.key) cache.current = { key, notes };
    return cache.current.notes;
  }, [doc]);
  return useSyncExternalStore(subscribe, getSnapshot, () => NO_NOTES);
}

/** Whether the facilitator has "write privately" on. */
export function usePrivateWritingOn(control: Y.Doc): boolean {
  const subscribe = useCallback(
    (listener: () => void) => subscribePrivateWriting(control, listener),
    [control],
  );
  const getSnapshot = useCallback(() => readPrivateWriting(control), [control]);
  return useSyncExternalStore(subscribe, getSnapshot, () => false);
}

/** Bumped by the server whenever someone's role in the workshop changes. */
export function useRolesVersion(control: Y.Doc): number {
  const subscribe = useCallback(
    (listener: () => void) => subscribeRolesVersion(control, listener),
    [control],
  );
  const getSnapshot = useCallback(() => readRolesVersion(control), [control]);
  return useSyncExternalStore(subscribe, getSnapshot, () => 0);
}
