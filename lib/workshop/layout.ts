import * as Y from "yjs";
import type * as z from "zod/mini";
import {
  DataSourceSchema,
  KpiSchema,
  RiskSchema,
  RoadmapItemSchema,
  ScenarioSchema,
  SegmentSchema,
  TechStackItemSchema,
} from "./records";

// Board doc layout (only lib/workshop reads or writes it):
//   getMap("meta")        schemaVersion, followUpDate, objective helper fields
//   getText("objective")  the shared objective statement
//   getMap(<collection>)  id → Y.Map of one record's fields, for each collection below
// Each record is its own Y.Map so two people editing different fields of one note both win.
// Sub-objects that people edit field by field (a roadmap metric) are stored flattened as
// "metric.target" keys for the same reason; sub-objects that change as one (a matrix position,
// a risk acceptance) are stored whole so a half-applied value can never appear. Tag lists
// (dataSourceIds) are a nested Y.Map used as a set, so concurrent tagging merges.

export const META_MAP = "meta";
export const OBJECTIVE_TEXT = "objective";

type CollectionSpec = {
  root: string;
  schema: z.ZodMiniObject;
  /** Object fields stored as dotted keys, one per sub-field. */
  flatten: readonly string[];
  /** String-array fields stored as a nested Y.Map<string, true>. */
  sets: readonly string[];
};

export const COLLECTIONS = {
  segments: { root: "segments", schema: SegmentSchema, flatten: [], sets: [] },
  scenarios: { root: "scenarios", schema: ScenarioSchema, flatten: [], sets: ["dataSourceIds"] },
  dataSources: { root: "dataSources", schema: DataSourceSchema, flatten: [], sets: [] },
  techStack: { root: "techStack", schema: TechStackItemSchema, flatten: [], sets: [] },
  risks: { root: "risks", schema: RiskSchema, flatten: [], sets: [] },
  kpis: { root: "kpis", schema: KpiSchema, flatten: [], sets: [] },
  roadmap: {
    root: "roadmap",
    schema: RoadmapItemSchema,
    flatten: ["metric", "abTest"],
    sets: [],
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
export type RecordOf<C extends CollectionName> = z.output<(typeof COLLECTIONS)[C]["schema"]>;

export function collectionMap(doc: Y.Doc, name: CollectionName): Y.Map<unknown> {
  return doc.getMap<unknown>(COLLECTIONS[name].root);
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(META_MAP);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The record's stored fields as a plain object (not yet validated), with `id` added. */
export function decodeRecord(id: string, stored: Y.Map<unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = { id };
  for (const [key, value] of stored.entries()) {
    const decoded = value instanceof Y.Map ? [...value.keys()].sort() : value;
    const dot = key.indexOf(".");
    if (dot === -1) {
      if (key !== "id") plain[key] = decoded;
      continue;
    }
    const parent = key.slice(0, dot);
    const existing = plain[parent];
    const group = isPlainObject(existing) ? existing : {};
    group[key.slice(dot + 1)] = decoded;
    plain[parent] = group;
  }
  return plain;
}

/** Validates one stored record; null when it is not a Y.Map or fails its schema. */
export function parseStored<C extends CollectionName>(
  name: C,
  id: string,
  stored: unknown,
): RecordOf<C> | null {
  if (!(stored instanceof Y.Map)) return null;
  const parsed = COLLECTIONS[name].schema.safeParse(decodeRecord(id, stored));
  return parsed.success ? (parsed.data as RecordOf<C>) : null;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

function writeSet(target: Y.Map<unknown>, key: string, ids: unknown): void {
  const wanted = new Set(Array.isArray(ids) ? ids.filter((id) => typeof id === "string") : []);
  let set = target.get(key);
  if (!(set instanceof Y.Map)) {
    set = new Y.Map<unknown>();
    target.set(key, set);
  }
  const ySet = set as Y.Map<unknown>;
  for (const id of [...ySet.keys()]) if (!wanted.has(id)) ySet.delete(id);
  for (const id of wanted) if (!ySet.has(id)) ySet.set(id, true);
}

/**
 * Writes `fields` (already validated) into a record map, touching only values that differ, so an
 * unchanged field never competes with someone else's concurrent edit.
 */
export function writeFields(
  name: CollectionName,
  target: Y.Map<unknown>,
  fields: Record<string, unknown>,
): void {
  const spec: CollectionSpec = COLLECTIONS[name];
  for (const [key, value] of Object.entries(fields)) {
    if (key === "id" || value === undefined) continue;
    if (spec.sets.includes(key)) {
      writeSet(target, key, value);
    } else if (spec.flatten.includes(key) && isPlainObject(value)) {
      for (const [sub, subValue] of Object.entries(value)) {
        const path = `${key}.${sub}`;
        if (!sameValue(target.get(path), subValue)) target.set(path, subValue);
      }
    } else if (!sameValue(target.get(key), value)) {
      target.set(key, value);
    }
  }
}
