"use client";

import { useCallback, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { readControl, subscribeControl, type ControlState } from "./control";

// Cached per doc so getSnapshot returns the same object until the control map changes.
const cache = new WeakMap<Y.Doc, { key: string; state: ControlState }>();

function controlSnapshot(control: Y.Doc): ControlState {
  const state = readControl(control);
  const key = `${state.currentStep}|${state.anonymous}|${state.locked}`;
  const cached = cache.get(control);
  if (cached && cached.key === key) return cached.state;
  cache.set(control, { key, state });
  return state;
}

/** Current step, anonymous mode and lock flag from the workshop's control doc. */
export function useControl(control: Y.Doc): ControlState {
  const subscribe = useCallback(
    (listener: () => void) => subscribeControl(control, listener),
    [control],
  );
  const getSnapshot = useCallback(() => controlSnapshot(control), [control]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
