"use client";

import { useCallback, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { scenarioPresenceStore } from "./scenario-presence";

/** The display name of a note's author, or null when nobody in this session has seen them. */
export function useAuthorName(awareness: Awareness | null, userId: string): string | null {
  const store = scenarioPresenceStore(awareness);
  const get = useCallback(() => store.getSnapshot().names.get(userId) ?? null, [store, userId]);
  return useSyncExternalStore(store.subscribe, get, () => null);
}

/** The name of another person dragging this scenario right now, or null. */
export function useDraggedBy(awareness: Awareness | null, scenarioId: string): string | null {
  const store = scenarioPresenceStore(awareness);
  const get = useCallback(
    () => store.getSnapshot().draggedBy.get(scenarioId) ?? null,
    [store, scenarioId],
  );
  return useSyncExternalStore(store.subscribe, get, () => null);
}

const NOBODY: readonly string[] = [];

/** The names of other people typing in this record right now (empty when nobody is). */
export function useTypingIn(awareness: Awareness | null, recordId: string): readonly string[] {
  const store = scenarioPresenceStore(awareness);
  const get = useCallback(
    () => store.getSnapshot().typingIn.get(recordId) ?? NOBODY,
    [store, recordId],
  );
  return useSyncExternalStore(store.subscribe, get, () => NOBODY);
}
