import * as Y from "yjs";
import { AUTHOR_KEY } from "./authorship";

/** Authors each record ever had, by `<root>/<recordId>`, kept while the doc is in memory. */
export type PastAuthors = Map<string, Set<string>>;

// The server never calls getMap, so its root types stay generic: read entries through `_map`.
function entryValue(type: { _map: Map<string, Y.Item> }, key: string): unknown {
  const item = type._map.get(key);
  if (!item || item.deleted) return undefined;
  return item.content.getContent().at(-1);
}

function remember(past: PastAuthors, root: string, recordId: string, record: unknown): void {
  if (!(record instanceof Y.AbstractType)) return;
  const author = entryValue(record, AUTHOR_KEY);
  if (typeof author !== "string") return;
  const key = `${root}/${recordId}`;
  const authors = past.get(key) ?? new Set<string>();
  authors.add(author);
  past.set(key, authors);
}

// Yjs's own parameter type: AbstractType's event parameter makes the generic forms incompatible.
type AnyType = Parameters<typeof Y.findRootTypeKey>[0];

function rememberRoot(past: PastAuthors, root: AnyType, keys: Iterable<string>): void {
  const name = Y.findRootTypeKey(root);
  for (const key of keys) remember(past, name, key, entryValue(root, key));
}

/**
 * Records every record's author in `past` now and after each transaction of `doc`, so the
 * authorship rule can tell an undo that restores a deleted record from a forged author (the doc
 * itself garbage-collects deleted records). Returns the unsubscribe function.
 */
export function trackPastAuthors(doc: Y.Doc, past: PastAuthors): () => void {
  for (const type of doc.share.values()) rememberRoot(past, type, type._map.keys());
  const onTransaction = (transaction: Y.Transaction) => {
    for (const [type, keys] of transaction.changed) {
      const holder = type._item;
      if (holder === null) {
        rememberRoot(
          past,
          type,
          [...keys].filter((key): key is string => key !== null),
        );
        continue;
      }
      const parent: unknown = holder.parent;
      if (!keys.has(AUTHOR_KEY) || holder.parentSub === null) continue;
      if (parent instanceof Y.AbstractType && parent._item === null) {
        remember(past, Y.findRootTypeKey(parent), holder.parentSub, type);
      }
    }
  };
  doc.on("afterTransaction", onTransaction);
  return () => doc.off("afterTransaction", onTransaction);
}
