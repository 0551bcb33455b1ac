"use client";

import { useMemo, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { readMatrixDrags, type RemoteMatrixDrag } from "./matrix-drag-presence";

const NONE: readonly RemoteMatrixDrag[] = Object.freeze([]);

type DragStore = {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => readonly RemoteMatrixDrag[];
};

// Awareness changes for every cursor move; the snapshot keeps its identity unless a drag
// actually changed, so the matrix does not re-render for cursors.
function createDragStore(awareness: Awareness | null): DragStore {
  let cached: readonly RemoteMatrixDrag[] = NONE;
  let key = "";
  let dirty = true;
  return {
    subscribe(listener) {
      if (!awareness) return () => {};
      const onChange = (): void => {
        dirty = true;
        listener();
      };
      awareness.on("change", onChange);
      return () => awareness.off("change", onChange);
    },
    getSnapshot() {
      if (!awareness || !dirty) return cached;
      dirty = false;
      const drags = readMatrixDrags(awareness.getStates(), awareness.clientID);
      const nextKey = JSON.stringify(drags);
      if (nextKey !== key) {
        key = nextKey;
        cached = drags.length === 0 ? NONE : Object.freeze(drags);
      }
      return cached;
    },
  };
}

/** Notes other people are dragging on the matrix right now (from board awareness). */
export function useMatrixDrags(awareness: Awareness | null): readonly RemoteMatrixDrag[] {
  const store = useMemo(() => createDragStore(awareness), [awareness]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, () => NONE);
}
