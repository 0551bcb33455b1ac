import type * as Y from "yjs";
import {
  COLLECTION_NAMES,
  collectionMap,
  metaMap,
  parseStored,
  type CollectionName,
  type RecordOf,
} from "./layout";
import { identityNoteText } from "./identity-resolution";
import { objectiveText } from "./objective";
import {
  buildSnapshot,
  deepFreeze,
  readCollection,
  readMeta,
  type BoardSnapshot,
  type RawBoard,
  type RawMeta,
} from "./read-board";

/** A subscribable view of one board doc, shaped for useSyncExternalStore. */
export type BoardStore = {
  subscribe: (listener: () => void) => () => void;
  /** The same object until the doc changes; only changed records are parsed again. */
  getSnapshot: () => BoardSnapshot;
};

const stores = new WeakMap<Y.Doc, BoardStore>();

/** The store for `doc`, created once per doc and shared by every hook that reads it. */
export function boardStore(doc: Y.Doc): BoardStore {
  let store = stores.get(doc);
  if (!store) {
    store = createBoardStore(doc);
    stores.set(doc, store);
  }
  return store;
}

type Collections = { [C in CollectionName]: Map<string, RecordOf<C>> };

function createBoardStore(doc: Y.Doc): BoardStore {
  const listeners = new Set<() => void>();
  const records = {} as Collections;
  const invalid = new Map<CollectionName, Set<string>>();
  // Ids whose record changed since the last snapshot, or "all" before the first read.
  const dirty = new Map<CollectionName, Set<string> | "all">();
  for (const name of COLLECTION_NAMES) dirty.set(name, "all");
  let meta: RawMeta | null = null;
  let snapshot: BoardSnapshot | null = null;
  let changedInTransaction = false;

  function markDirty(name: CollectionName, id: string): void {
    const ids = dirty.get(name);
    if (ids === "all") return;
    if (ids) ids.add(id);
    else dirty.set(name, new Set([id]));
  }

  for (const name of COLLECTION_NAMES) {
    const root = collectionMap(doc, name);
    root.observeDeep((events) => {
      for (const event of events) {
        if (event.target === root) {
          for (const key of event.keys.keys()) markDirty(name, key);
        } else {
          // A change inside a record: the first path step is the record's id in the root map.
          const id = event.path[0];
          if (typeof id === "string") markDirty(name, id);
        }
      }
      changedInTransaction = true;
    });
  }
  const onMetaChange = (): void => {
    meta = null;
    changedInTransaction = true;
  };
  metaMap(doc).observeDeep(onMetaChange);
  objectiveText(doc).observe(onMetaChange);
  identityNoteText(doc).observe(onMetaChange);
  // Observers run per shared type; notify once per transaction, after all of them.
  doc.on("afterTransaction", () => {
    if (!changedInTransaction) return;
    changedInTransaction = false;
    for (const listener of [...listeners]) listener();
  });

  function refresh<C extends CollectionName>(name: C, ids: Set<string> | "all"): void {
    const bad = invalid.get(name) ?? new Set<string>();
    invalid.set(name, bad);
    if (ids === "all") {
      const fresh = readCollection(doc, name);
      (records as Record<C, Map<string, RecordOf<C>>>)[name] = fresh.records;
      bad.clear();
      for (const id of collectionMap(doc, name).keys()) if (!fresh.records.has(id)) bad.add(id);
      return;
    }
    const current: Map<string, RecordOf<C>> = records[name];
    const root = collectionMap(doc, name);
    for (const id of ids) {
      const stored = root.get(id);
      const record = stored === undefined ? null : parseStored(name, id, stored);
      bad.delete(id);
      if (record) current.set(id, deepFreeze(record));
      else {
        current.delete(id);
        if (stored !== undefined) bad.add(id);
      }
    }
  }

  function getSnapshot(): BoardSnapshot {
    if (snapshot && meta && dirty.size === 0) return snapshot;
    for (const [name, ids] of dirty) refresh(name, ids);
    dirty.clear();
    meta ??= readMeta(doc);
    let skipped = 0;
    for (const ids of invalid.values()) skipped += ids.size;
    const raw: RawBoard = records;
    snapshot = buildSnapshot({ meta, raw, skipped, previous: snapshot });
    return snapshot;
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot,
  };
}

/** Object.is on values, element by element on arrays, key by key on plain objects. */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.hasOwn(recordB, key) && Object.is(recordA[key], recordB[key]));
}

/**
 * A getSnapshot for a selection of the board: recomputed only when the snapshot changes, and
 * returning the previous selection when `isEqual` says nothing changed (so no re-render).
 */
export function createSelection<T>(
  store: BoardStore,
  selector: (snapshot: BoardSnapshot) => T,
  isEqual: (a: T, b: T) => boolean = shallowEqual,
): () => T {
  let lastSnapshot: BoardSnapshot | null = null;
  let last: { value: T } | null = null;
  return () => {
    const snapshot = store.getSnapshot();
    if (last && snapshot === lastSnapshot) return last.value;
    const next = selector(snapshot);
    lastSnapshot = snapshot;
    if (last && isEqual(last.value, next)) return last.value;
    last = { value: next };
    return next;
  };
}
