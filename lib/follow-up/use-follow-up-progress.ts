"use client";

import { useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { observeFollowUpProgress, readFollowUpProgress, type FollowUpProgress } from "./progress";

type Store = { subscribe: (listener: () => void) => () => void; get: () => FollowUpProgress };

const stores = new WeakMap<Y.Doc, Store>();

function storeFor(doc: Y.Doc): Store {
  let store = stores.get(doc);
  if (store) return store;
  let snapshot: FollowUpProgress | null = null;
  const listeners = new Set<() => void>();
  let stop: (() => void) | null = null;
  store = {
    subscribe(listener) {
      listeners.add(listener);
      stop ??= observeFollowUpProgress(doc, () => {
        snapshot = null;
        for (const notify of listeners) notify();
      });
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stop) {
          stop();
          stop = null;
          snapshot = null;
        }
      };
    },
    get: () => (snapshot ??= readFollowUpProgress(doc)),
  };
  stores.set(doc, store);
  return store;
}

/** The follow-up's progress, live: re-renders when anyone records something. */
export function useFollowUpProgress(doc: Y.Doc): FollowUpProgress {
  const store = storeFor(doc);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
