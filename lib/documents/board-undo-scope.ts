import type * as Y from "yjs";
import { COLLECTION_NAMES, collectionMap, metaMap } from "./layout";

const scopes = new WeakMap<Y.Doc, Y.Map<unknown>[]>();

/**
 * The shared types a board's per-user undo covers (every collection and the meta map), created
 * once per doc so `useUndo` gets a stable scope.
 */
export function boardUndoScope(doc: Y.Doc): Y.Map<unknown>[] {
  const cached = scopes.get(doc);
  if (cached) return cached;
  const scope = [...COLLECTION_NAMES.map((name) => collectionMap(doc, name)), metaMap(doc)];
  scopes.set(doc, scope);
  return scope;
}
