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
import { splitLegacyKind } from "./data-source-kinds";

// Board doc layout (only lib/documents reads or writes it; the control and private docs are
// described in control-layout.ts and private-layout.ts):
//   getMap("meta")            schemaVersion, followUpDate, objective helper fields
//   getText("objective")      the shared objective statement
//   getMap(<collection>)      id → Y.Map of one record's fields, for each collection below
//   getMap("votes")           "<roundId>/<voterId>/<slot>" → scenario id: one entry per dot
//   getMap("blindPlacements") "<roundId>/<userId>/<scenarioId>" → { value, feasibility }
//   getMap("exampleMarks")    "<collection>/<recordId>" → true: written by a template, untouched
//                             since (example-marks.ts); an absent map means no examples
//   getMap("reactions")       "<reaction>/<personId>/<scenarioId>" → true (reaction-keys.ts)
//   getMap("progress"), getMap("progressLog"), getMap("fromLastTime")
//                             the follow-up and "Run again", plain values only, described in
//                             lib/follow-up/progress.ts and lib/follow-up/from-last-time.ts
//   getText("identityNote")   how profiles are joined across channels, in words (schema 3;
//                             its status is meta.identityResolution)
// The per-person maps hold plain values whose key names their owner, so the server can refuse
// an entry written for someone else (vote-keys.ts); their shape has not changed since schema
// version 0, so no migration touches them.
// Each record is its own Y.Map so two people editing different fields of one note both win.
// Sub-objects that people edit field by field (a roadmap metric) are stored flattened as
// "metric.target" keys for the same reason; sub-objects that change as one (a matrix position,
// a risk acceptance) are stored whole so a half-applied value can never appear. Tag lists
// (dataSourceIds) are a nested Y.Map used as a set, so concurrent tagging merges. Free-text
// fields are Y.Text (schema version 2), written as people type, so two people typing in one
// note merge letter by letter and nothing typed waits for a blur to be saved.

export const META_MAP = "meta";
export const OBJECTIVE_TEXT = "objective";
export const VOTES_MAP = "votes";
export const BLIND_PLACEMENTS_MAP = "blindPlacements";
export const EXAMPLE_MARKS_MAP = "exampleMarks";
export const REACTIONS_MAP = "reactions";
export const IDENTITY_NOTE_TEXT = "identityNote";
export const IDENTITY_STATUS_KEY = "identityResolution";

type CollectionSpec = {
  root: string;
  schema: z.ZodMiniObject;
  /** Object fields stored as dotted keys, one per sub-field. */
  flatten: readonly string[];
  /** String-array fields stored as a nested Y.Map<string, true>. */
  sets: readonly string[];
  /** Free-text fields (stored keys, dotted when flattened) kept as Y.Text, with their cap. */
  texts: Readonly<Record<string, number>>;
  /** Reads fields stored by an older schema as the current one (decoded, before validation). */
  upgrade?: (fields: Record<string, unknown>) => Record<string, unknown>;
};

const SHORT = 200;
const LONG = 2000;

export const COLLECTIONS = {
  segments: {
    root: "segments",
    schema: SegmentSchema,
    flatten: [],
    sets: [],
    texts: { name: SHORT, description: LONG },
  },
  scenarios: {
    root: "scenarios",
    schema: ScenarioSchema,
    flatten: ["quality"],
    sets: ["dataSourceIds"],
    texts: { text: LONG, trigger: SHORT, missingData: SHORT },
  },
  dataSources: {
    root: "dataSources",
    schema: DataSourceSchema,
    flatten: [],
    sets: [],
    texts: { name: SHORT, legalBasis: SHORT, accessConstraints: LONG },
    // Read before migration 3 has run (e.g. by an observer or the server's export).
    upgrade: splitLegacyKind,
  },
  techStack: {
    root: "techStack",
    schema: TechStackItemSchema,
    flatten: [],
    sets: [],
    texts: { name: SHORT, notes: LONG },
  },
  risks: {
    root: "risks",
    schema: RiskSchema,
    flatten: [],
    sets: [],
    texts: { description: LONG, mitigation: LONG },
  },
  kpis: { root: "kpis", schema: KpiSchema, flatten: [], sets: [], texts: { text: SHORT } },
  roadmap: {
    root: "roadmap",
    schema: RoadmapItemSchema,
    flatten: ["metric", "abTest", "measurement", "ethics", "ethicsNotes", "launch"],
    sets: [],
    texts: {
      dependencies: LONG,
      "metric.name": SHORT,
      "metric.baseline": SHORT,
      "metric.target": SHORT,
      "abTest.control": SHORT,
      "measurement.guardrail": SHORT,
      "measurement.attribution": LONG,
      "ethicsNotes.consent": LONG,
      "ethicsNotes.sensitiveAttributes": LONG,
      "ethicsNotes.transparency": LONG,
      "ethicsNotes.publicContext": LONG,
      "ethicsNotes.frequency": LONG,
      "ethicsNotes.bias": LONG,
      "ethicsNotes.humanOversight": LONG,
    },
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

/** The text fields of a collection with their caps (stored keys). */
export function textFields(name: CollectionName): Readonly<Record<string, number>> {
  return COLLECTIONS[name].texts;
}

function decodeValue(value: unknown, cap: number | undefined): unknown {
  if (value instanceof Y.Map) return [...value.keys()].sort();
  // Concurrent typing can merge past a field's cap; cutting it keeps the record on the board.
  if (value instanceof Y.Text) return value.toString().slice(0, cap);
  return value;
}

/**
 * The record's stored fields as a plain object (not yet validated), with `id` added. Text fields
 * read the same whether stored as Y.Text or (before schema version 2) as plain strings.
 */
export function decodeRecord(
  id: string,
  stored: Y.Map<unknown>,
  texts: Readonly<Record<string, number>> = {},
): Record<string, unknown> {
  const plain: Record<string, unknown> = { id };
  for (const [key, value] of stored.entries()) {
    const decoded = decodeValue(value, texts[key]);
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
  const spec: CollectionSpec = COLLECTIONS[name];
  const decoded = decodeRecord(id, stored, textFields(name));
  const parsed = spec.schema.safeParse(spec.upgrade ? spec.upgrade(decoded) : decoded);
  return parsed.success ? (parsed.data as RecordOf<C>) : null;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Makes `text` read `next` by replacing only the changed middle part, so someone typing at the
 * other end of the same text keeps their letters.
 */
export function applyTextDiff(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  let end = 0;
  while (
    end < current.length - start &&
    end < next.length - start &&
    current[current.length - 1 - end] === next[next.length - 1 - end]
  ) {
    end++;
  }
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted.length > 0) text.insert(start, inserted);
}

/** Writes a text field: edits its Y.Text in place, or creates one (e.g. over a plain string). */
function writeText(target: Y.Map<unknown>, key: string, value: unknown): void {
  const next = typeof value === "string" ? value : "";
  const current = target.get(key);
  if (current instanceof Y.Text) applyTextDiff(current, next);
  else target.set(key, new Y.Text(next));
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
    } else if (Object.hasOwn(spec.texts, key)) {
      writeText(target, key, value);
    } else if (spec.flatten.includes(key) && isPlainObject(value)) {
      for (const [sub, subValue] of Object.entries(value)) {
        const path = `${key}.${sub}`;
        if (Object.hasOwn(spec.texts, path)) writeText(target, path, subValue);
        else if (!sameValue(target.get(path), subValue)) target.set(path, subValue);
      }
    } else if (!sameValue(target.get(key), value)) {
      target.set(key, value);
    }
  }
}
