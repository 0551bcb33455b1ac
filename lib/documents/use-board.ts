"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { boardStore, createSelection, shallowEqual } from "./board-store";
import type { BoardSnapshot } from "./read-board";
import {
  selectBlockingRisks,
  selectCoverage,
  selectRiskCounts,
  selectRisksForScenario,
  selectScenario,
  selectScenarioWarnings,
  selectScenariosInSegment,
} from "./selectors";

/** The whole board snapshot; re-renders on every board change. Prefer a narrower hook. */
export function useBoard(doc: Y.Doc): BoardSnapshot {
  const store = boardStore(doc);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/**
 * A selection of the board that re-renders only when the selection changes (compared with
 * `isEqual`, shallow by default). Pass a stable selector (module-level or useCallback).
 */
export function useBoardSelector<T>(
  doc: Y.Doc,
  selector: (snapshot: BoardSnapshot) => T,
  isEqual: (a: T, b: T) => boolean = shallowEqual,
): T {
  const store = boardStore(doc);
  const getSelection = useMemo(
    () => createSelection(store, selector, isEqual),
    [store, selector, isEqual],
  );
  return useSyncExternalStore(store.subscribe, getSelection, getSelection);
}

export function useScenariosInSegment(doc: Y.Doc, segmentId: string | null) {
  const selector = useCallback(
    (snapshot: BoardSnapshot) => selectScenariosInSegment(snapshot, segmentId),
    [segmentId],
  );
  return useBoardSelector(doc, selector);
}

export function useScenario(doc: Y.Doc, scenarioId: string) {
  const selector = useCallback(
    (snapshot: BoardSnapshot) => selectScenario(snapshot, scenarioId),
    [scenarioId],
  );
  return useBoardSelector(doc, selector);
}

export function useRisksForScenario(doc: Y.Doc, scenarioId: string) {
  const selector = useCallback(
    (snapshot: BoardSnapshot) => selectRisksForScenario(snapshot, scenarioId),
    [scenarioId],
  );
  return useBoardSelector(doc, selector);
}

export function useRiskCounts(doc: Y.Doc, scenarioId: string) {
  const selector = useCallback(
    (snapshot: BoardSnapshot) => selectRiskCounts(snapshot, scenarioId),
    [scenarioId],
  );
  return useBoardSelector(doc, selector);
}

export function useScenarioWarnings(doc: Y.Doc, scenarioId: string) {
  const selector = useCallback(
    (snapshot: BoardSnapshot) => selectScenarioWarnings(snapshot, scenarioId),
    [scenarioId],
  );
  return useBoardSelector(doc, selector, warningsEqual);
}

export function useSegmentCoverage(doc: Y.Doc) {
  return useBoardSelector(doc, selectCoverage);
}

export function useBlockingRisks(doc: Y.Doc, itemId: string) {
  const selector = useCallback(
    (snapshot: BoardSnapshot) => selectBlockingRisks(snapshot, itemId),
    [itemId],
  );
  return useBoardSelector(doc, selector);
}

// Warnings are small fresh objects; comparing their JSON is cheaper than a re-render.
function warningsEqual<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
