"use client";

import { useMemo, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { readMatrixDrags, type RemoteMatrixDrag } from "./matrix-drag-presence";

const NONE: readonly RemoteMatrixDrag[] = Object.freeze([]);

export type Store<T> = { subscribe: (listener: () => void) => () => void; getSnapshot: () => T };

/**
 * A store over the matrix drags in awareness. Awareness changes for every cursor move; the
 * snapshot keeps its identity unless `keyOf` says the part a component cares about changed.
 */
export function createDragStore(
  awareness: Awareness | null,
  keyOf: (drag: RemoteMatrixDrag) => unknown,
): Store<readonly RemoteMatrixDrag[]> {
  let cached: readonly RemoteMatrixDrag[] = NONE;
  let key = "[]";
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
      const nextKey = JSON.stringify(drags.map(keyOf));
      if (nextKey !== key) {
        key = nextKey;
        cached = drags.length === 0 ? NONE : Object.freeze(drags);
      }
      return cached;
    },
  };
}

/** Keys for createDragStore: every move, or only who holds which note. */
export const everything = (drag: RemoteMatrixDrag) => drag;
export const holderOnly = (drag: RemoteMatrixDrag) => [
  drag.scenarioId,
  drag.clientId,
  drag.name,
  drag.colour,
];

function useDragStore(
  awareness: Awareness | null,
  keyOf: (drag: RemoteMatrixDrag) => unknown,
): readonly RemoteMatrixDrag[] {
  const store = useMemo(() => createDragStore(awareness, keyOf), [awareness, keyOf]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, () => NONE);
}

/** Notes other people are dragging on the matrix right now, updated with every move. */
export function useMatrixDrags(awareness: Awareness | null): readonly RemoteMatrixDrag[] {
  return useDragStore(awareness, everything);
}

/**
 * The same drags, but only re-rendering when someone picks a note up or lets it go: for
 * components that show who holds what, not where it is.
 */
export function useMatrixDragHolders(awareness: Awareness | null): readonly RemoteMatrixDrag[] {
  return useDragStore(awareness, holderOnly);
}
