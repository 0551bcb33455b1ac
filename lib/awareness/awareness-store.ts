import type { Awareness } from "y-protocols/awareness";

// The one store over Yjs awareness (presence) for useSyncExternalStore. Awareness changes with
// every cursor move of anyone in the room, so the store parses at most once per change, shares one
// awareness listener between all its subscribers, and (with keyOf) keeps the snapshot's identity
// while the part a component shows has not changed.

export type AwarenessStore<T> = {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => T;
  /** For server rendering and before the room is connected. */
  getServerSnapshot: () => T;
};

export type AwarenessStoreOptions<T> = {
  /** Parses the awareness states; runs at most once per awareness change. */
  read: (awareness: Awareness) => T;
  /** The snapshot without awareness (not connected yet, server rendering). */
  empty: T;
  /** When set, a new snapshot replaces the old one only when its key differs. */
  keyOf?: (value: T) => string;
};

const noop = (): void => {};

export function createAwarenessStore<T>(
  awareness: Awareness | null,
  options: AwarenessStoreOptions<T>,
): AwarenessStore<T> {
  const { read, empty, keyOf } = options;
  const getServerSnapshot = (): T => empty;
  if (!awareness)
    return { subscribe: () => noop, getSnapshot: getServerSnapshot, getServerSnapshot };
  let cached = empty;
  let key = keyOf?.(empty);
  let dirty = true;
  const listeners = new Set<() => void>();
  const onChange = (): void => {
    dirty = true;
    for (const listener of [...listeners]) listener();
  };
  return {
    subscribe(listener) {
      if (listeners.size === 0) {
        // Changes while nobody listened were not seen: read afresh.
        dirty = true;
        awareness.on("change", onChange);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) awareness.off("change", onChange);
      };
    },
    getSnapshot() {
      if (!dirty) return cached;
      dirty = false;
      const next = read(awareness);
      if (!keyOf) {
        cached = next;
        return cached;
      }
      const nextKey = keyOf(next);
      if (nextKey !== key) {
        key = nextKey;
        cached = next;
      }
      return cached;
    },
    getServerSnapshot,
  };
}
