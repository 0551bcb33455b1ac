import * as Y from "yjs";
import { compareOrder } from "./order-key";
import {
  COLLECTIONS,
  collectionMap,
  parseStored,
  writeFields,
  type CollectionName,
  type RecordOf,
} from "./layout";
import { clearExampleMark } from "./example-marks";
import { invalidInput, notFound, ok, type WriteResult } from "./result";

// Generic record access used by the write functions. Callers run these inside transactLocal.

const LABELS: Record<CollectionName, string> = {
  segments: "segment",
  scenarios: "scenario",
  dataSources: "data source",
  techStack: "tech stack item",
  risks: "risk",
  kpis: "KPI",
  roadmap: "roadmap item",
};

/** Every valid record of a collection; invalid ones are skipped. */
export function readRecords<C extends CollectionName>(doc: Y.Doc, name: C): RecordOf<C>[] {
  const records: RecordOf<C>[] = [];
  for (const [id, stored] of collectionMap(doc, name).entries()) {
    const record = parseStored(name, id, stored);
    if (record) records.push(record);
  }
  return records;
}

/** Records sorted by order key (then id), optionally filtered. */
export function readSorted<C extends CollectionName>(
  doc: Y.Doc,
  name: C,
  filter: (record: RecordOf<C>) => boolean = () => true,
): RecordOf<C>[] {
  return readRecords(doc, name).filter(filter).sort(compareOrder);
}

export function readRecord<C extends CollectionName>(
  doc: Y.Doc,
  name: C,
  id: string,
): RecordOf<C> | null {
  return parseStored(name, id, collectionMap(doc, name).get(id));
}

/** Validates a whole new record and stores it under its id (replacing nothing else). */
export function insertRecord<C extends CollectionName>(
  doc: Y.Doc,
  name: C,
  record: Record<string, unknown>,
): WriteResult<RecordOf<C>> {
  const parsed = COLLECTIONS[name].schema.safeParse(record);
  if (!parsed.success) return invalidInput(parsed.error);
  const value = parsed.data as RecordOf<C>;
  const root = collectionMap(doc, name);
  // Integrate the empty map first, then fill it: nested set maps need an integrated parent.
  const stored = new Y.Map<unknown>();
  root.set(value.id, stored);
  writeFields(name, stored, value);
  return ok(value);
}

/** Merges `patch` into an existing record, validating the result before writing anything. */
export function patchRecord<C extends CollectionName>(
  doc: Y.Doc,
  name: C,
  id: string,
  patch: Record<string, unknown>,
): WriteResult<RecordOf<C>> {
  const stored = collectionMap(doc, name).get(id);
  const current = parseStored(name, id, stored);
  if (!current || !(stored instanceof Y.Map)) return notFound(LABELS[name], id);
  const flatten: readonly string[] = COLLECTIONS[name].flatten;
  const currentFields: Record<string, unknown> = current;
  const merged: Record<string, unknown> = { ...current, id };
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || key === "id") continue;
    const before = currentFields[key];
    // Flattened sub-objects merge field by field: a patch of metric.target keeps metric.name.
    const isPartial = flatten.includes(key) && typeof value === "object" && value !== null;
    merged[key] = isPartial && typeof before === "object" ? { ...before, ...value } : value;
    changed[key] = value;
  }
  const parsed = COLLECTIONS[name].schema.safeParse(merged);
  if (!parsed.success) return invalidInput(parsed.error);
  const value = parsed.data as RecordOf<C>;
  const normalized: Record<string, unknown> = value;
  const writes = Object.fromEntries(
    Object.entries(changed).map(([key, patchValue]) => {
      const next = normalized[key];
      if (!flatten.includes(key) || typeof patchValue !== "object" || patchValue === null) {
        return [key, next];
      }
      // Write back only the sub-fields the patch named, with their validated values.
      const nextGroup = (typeof next === "object" && next !== null ? next : {}) as Record<
        string,
        unknown
      >;
      return [key, Object.fromEntries(Object.keys(patchValue).map((sub) => [sub, nextGroup[sub]]))];
    }),
  );
  writeFields(name, stored as Y.Map<unknown>, writes);
  // An edit that changes something makes a template's example the group's own; a write of the
  // same value (a blur, an Enter on untouched text) leaves it an example.
  if (JSON.stringify(value) !== JSON.stringify(current)) clearExampleMark(doc, name, id);
  return ok(value);
}

export function deleteRecord(doc: Y.Doc, name: CollectionName, id: string): boolean {
  const root = collectionMap(doc, name);
  if (!root.has(id)) return false;
  root.delete(id);
  clearExampleMark(doc, name, id);
  return true;
}

export function missing<T>(name: CollectionName, id: string): WriteResult<T> {
  return notFound(LABELS[name], id);
}
