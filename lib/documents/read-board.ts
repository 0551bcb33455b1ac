import type * as Y from "yjs";
import { collectionMap, parseStored, type CollectionName, type RecordOf } from "./layout";
import { readIdentityResolution } from "./identity-resolution";
import { BOARD_SCHEMA_VERSION, boardSchemaVersion } from "./migrations";
import {
  objectiveText,
  readFollowUpDate,
  readFollowUpStart,
  readObjectiveHelper,
} from "./objective";
import { compareOrder } from "./order-key";
import type {
  DataSource,
  IdentityResolution,
  Kpi,
  ObjectiveHelper,
  Risk,
  RoadmapItem,
  Scenario,
  Segment,
  TechStackItem,
} from "./records";

type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A plain, frozen view of the board doc. Records keep their identity while unchanged. */
export type BoardSnapshot = DeepReadonly<{
  schemaVersion: number;
  /** Written by a newer app version: show "reload to get the latest version". */
  newerSchema: boolean;
  objective: string;
  objectiveHelper: ObjectiveHelper;
  followUpDate: string | null;
  /** The follow-up meeting's start (ISO instant), or null for an all-day follow-up. */
  followUpStart: string | null;
  /** How profiles are joined across devices and channels (step 3). */
  identityResolution: IdentityResolution;
  /** Sorted by order. */
  segments: Segment[];
  /** Sorted by order; a scenario whose segment is gone is shown in the tray (segmentId null). */
  scenarios: Scenario[];
  dataSources: DataSource[];
  techStack: TechStackItem[];
  /** Only risks of existing scenarios (a concurrent delete can leave others behind). */
  risks: Risk[];
  kpis: Kpi[];
  /** Ranked; only items of existing scenarios. */
  roadmap: RoadmapItem[];
  /** Stored records that failed validation and were left out. */
  skipped: number;
}>;

/** Records of every collection by id, parsed but not yet normalised. */
export type RawBoard = { [C in CollectionName]: ReadonlyMap<string, RecordOf<C>> };

export type RawMeta = Pick<
  BoardSnapshot,
  | "schemaVersion"
  | "newerSchema"
  | "objective"
  | "objectiveHelper"
  | "followUpDate"
  | "followUpStart"
  | "identityResolution"
>;

export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function readMeta(doc: Y.Doc): RawMeta {
  const schemaVersion = boardSchemaVersion(doc);
  return deepFreeze({
    schemaVersion,
    newerSchema: schemaVersion > BOARD_SCHEMA_VERSION,
    objective: objectiveText(doc).toString(),
    objectiveHelper: readObjectiveHelper(doc),
    followUpDate: readFollowUpDate(doc),
    followUpStart: readFollowUpStart(doc),
    identityResolution: readIdentityResolution(doc),
  });
}

/** Parses one collection; invalid records are counted, not returned. */
export function readCollection<C extends CollectionName>(
  doc: Y.Doc,
  name: C,
): { records: Map<string, RecordOf<C>>; skipped: number } {
  const records = new Map<string, RecordOf<C>>();
  let skipped = 0;
  for (const [id, stored] of collectionMap(doc, name).entries()) {
    const record = parseStored(name, id, stored);
    if (record) records.set(id, deepFreeze(record));
    else skipped++;
  }
  return { records, skipped };
}

// Normalised copies of orphaned scenarios, cached so they keep their identity between snapshots.
const trayCopies = new WeakMap<Scenario, Scenario>();

function inTray(scenario: Scenario): Scenario {
  let copy = trayCopies.get(scenario);
  if (!copy) {
    copy = Object.freeze({ ...scenario, segmentId: null });
    trayCopies.set(scenario, copy);
  }
  return copy;
}

/** Keeps `previous` when `next` holds the same elements, so selectors see no change. */
export function sameOrNext<T>(previous: readonly T[] | undefined, next: T[]): readonly T[] {
  if (
    previous &&
    previous.length === next.length &&
    previous.every((item, i) => item === next[i])
  ) {
    return previous;
  }
  return Object.freeze(next);
}

function sorted<T extends { order: string; id: string }>(records: ReadonlyMap<string, T>): T[] {
  return [...records.values()].sort(compareOrder);
}

/** Builds a snapshot, reusing arrays of `previous` that did not change. */
export function buildSnapshot(options: {
  meta: RawMeta;
  raw: RawBoard;
  skipped: number;
  previous?: BoardSnapshot | null;
}): BoardSnapshot {
  const { meta, raw, skipped } = options;
  const previous = options.previous ?? undefined;
  const segments = sorted(raw.segments);
  const segmentIds = new Set(segments.map((segment) => segment.id));
  const scenarios = sorted(raw.scenarios).map((scenario) =>
    scenario.segmentId !== null && !segmentIds.has(scenario.segmentId)
      ? inTray(scenario)
      : scenario,
  );
  const live = (record: { scenarioId: string }) => raw.scenarios.has(record.scenarioId);
  const snapshot: BoardSnapshot = {
    ...meta,
    segments: sameOrNext(previous?.segments, segments),
    scenarios: sameOrNext(previous?.scenarios, scenarios),
    dataSources: sameOrNext(previous?.dataSources, sorted(raw.dataSources)),
    techStack: sameOrNext(previous?.techStack, sorted(raw.techStack)),
    risks: sameOrNext(previous?.risks, sorted(raw.risks).filter(live)),
    kpis: sameOrNext(previous?.kpis, sorted(raw.kpis)),
    roadmap: sameOrNext(previous?.roadmap, sorted(raw.roadmap).filter(live)),
    skipped,
  };
  return Object.freeze(snapshot);
}

/**
 * Reads the whole board doc into a validated, frozen snapshot. Invalid records are skipped and
 * counted, so a bad write from an old or buggy client cannot break the board for everyone.
 */
export function readBoard(doc: Y.Doc): BoardSnapshot {
  let skipped = 0;
  const read = <C extends CollectionName>(name: C): Map<string, RecordOf<C>> => {
    const result = readCollection(doc, name);
    skipped += result.skipped;
    return result.records;
  };
  const raw: RawBoard = {
    segments: read("segments"),
    scenarios: read("scenarios"),
    dataSources: read("dataSources"),
    techStack: read("techStack"),
    risks: read("risks"),
    kpis: read("kpis"),
    roadmap: read("roadmap"),
  };
  return buildSnapshot({ meta: readMeta(doc), raw, skipped });
}
