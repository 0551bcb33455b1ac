"use client";

import { useCallback, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { isExample, subscribeExampleMarks } from "./example-marks";
import type { CollectionName } from "./layout";

/** Whether the record still carries its template's "example" mark; updates live. */
export function useIsExample(doc: Y.Doc, collection: CollectionName, recordId: string): boolean {
  const subscribe = useCallback(
    (listener: () => void) => subscribeExampleMarks(doc, listener),
    [doc],
  );
  return useSyncExternalStore(
    subscribe,
    () => isExample(doc, collection, recordId),
    () => false,
  );
}
