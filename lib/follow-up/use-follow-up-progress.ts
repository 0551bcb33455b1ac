"use client";

import { useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { observeFromLastTime, readFromLastTime, type FromLastTime } from "./from-last-time";
import { observeFollowUpProgress, readFollowUpProgress, type FollowUpProgress } from "./progress";

type Store<T> = { subscribe: (listener: () => void) => () => void; get: () => T };

/** A cached snapshot of one part of a doc, read again only after that part changed. */
function createStore<T>(
  doc: Y.Doc,
  observe: (doc: Y.Doc, listener: () => void) => () => void,
  read: (doc: Y.Doc) => T,
): Store<T> {
  let snapshot: T | null = null;
  const listeners = new Set<() => void>();
  let stop: (() => void) | null = null;
  return {
    subscribe(listener) {
      listeners.add(listener);
      stop ??= observe(doc, () => {
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
    get: () => (snapshot ??= read(doc)),
  };
}

const progressStores = new WeakMap<Y.Doc, Store<FollowUpProgress>>();
const carriedStores = new WeakMap<Y.Doc, Store<FromLastTime>>();

function storeIn<T>(stores: WeakMap<Y.Doc, Store<T>>, doc: Y.Doc, make: () => Store<T>): Store<T> {
  let store = stores.get(doc);
  if (!store) {
    store = make();
    stores.set(doc, store);
  }
  return store;
}

/** The follow-up's progress, live: re-renders when anyone records something. */
export function useFollowUpProgress(doc: Y.Doc): FollowUpProgress {
  const store = storeIn(progressStores, doc, () =>
    createStore(doc, observeFollowUpProgress, readFollowUpProgress),
  );
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/** What this run carried over from the previous one (nothing for a first run). */
export function useFromLastTime(doc: Y.Doc): FromLastTime {
  const store = storeIn(carriedStores, doc, () =>
    createStore(doc, observeFromLastTime, readFromLastTime),
  );
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
