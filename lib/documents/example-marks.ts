import type * as Y from "yjs";
import { EXAMPLE_MARKS_MAP, type CollectionName } from "./layout";

// Records a template wrote are "examples" until someone edits them: the board doc keeps a map
// "<collection>/<recordId>" → true beside the records (not a field in them, so the records' schemas
// and the exports stay as they are). patchRecord and deleteRecord clear a record's entry, so any
// edit through the contract, by anyone, takes the marker away for everybody.

export type ExampleRef = { collection: CollectionName; recordId: string };

function marks(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(EXAMPLE_MARKS_MAP);
}

function markKey(collection: CollectionName, recordId: string): string {
  return `${collection}/${recordId}`;
}

/** Marks a record as an example (call inside the transaction that writes it). */
export function markAsExample(doc: Y.Doc, ref: ExampleRef): void {
  marks(doc).set(markKey(ref.collection, ref.recordId), true);
}

export function isExample(doc: Y.Doc, collection: CollectionName, recordId: string): boolean {
  return marks(doc).get(markKey(collection, recordId)) === true;
}

/** Removes a record's example mark; writes nothing when there is none. */
export function clearExampleMark(doc: Y.Doc, collection: CollectionName, recordId: string): void {
  const key = markKey(collection, recordId);
  if (marks(doc).has(key)) marks(doc).delete(key);
}

/** Every marked record, for tests and for counting what is still untouched. */
export function readExampleMarks(doc: Y.Doc): ExampleRef[] {
  const refs: ExampleRef[] = [];
  for (const [key, value] of marks(doc).entries()) {
    const slash = key.indexOf("/");
    if (value !== true || slash === -1) continue;
    refs.push({
      collection: key.slice(0, slash) as CollectionName,
      recordId: key.slice(slash + 1),
    });
  }
  return refs;
}

/** Calls `listener` after every change to the marks; for useSyncExternalStore. */
export function subscribeExampleMarks(doc: Y.Doc, listener: () => void): () => void {
  const map = marks(doc);
  const onChange = (): void => listener();
  map.observe(onChange);
  return () => map.unobserve(onChange);
}
