"use client";

import { useMemo, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { createAwarenessStore, type AwarenessStore } from "@/lib/awareness/awareness-store";
import { readMatrixDrags, type RemoteMatrixDrag } from "./matrix-drag-presence";

const NONE: readonly RemoteMatrixDrag[] = Object.freeze([]);

export type Store<T> = AwarenessStore<T>;

/**
 * A store over the matrix drags in awareness. Awareness changes for every cursor move; the
 * snapshot keeps its identity unless `keyOf` says the part a component cares about changed.
 */
export function createDragStore(
  awareness: Awareness | null,
  keyOf: (drag: RemoteMatrixDrag) => unknown,
): Store<readonly RemoteMatrixDrag[]> {
  return createAwarenessStore(awareness, {
    read(current) {
      const drags = readMatrixDrags(current.getStates(), current.clientID);
      return drags.length === 0 ? NONE : Object.freeze(drags);
    },
    empty: NONE,
    keyOf: (drags) => JSON.stringify(drags.map(keyOf)),
  });
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
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
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
