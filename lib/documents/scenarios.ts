import type * as Y from "yjs";
import * as z from "zod/mini";
import {
  deleteRecord,
  insertRecord,
  missing,
  patchRecord,
  readRecord,
  readRecords,
  readSorted,
} from "./collection";
import { newId } from "./ids";
import { keyAtIndex } from "./order-key";
import { ScenarioChannelSchema, ScenarioTechniqueSchema, type Scenario } from "./records";
import { ok, parseInput, type WriteResult } from "./result";
import { IdSchema, IndexSchema, NowSchema, isoNow, transactResult } from "./write";

/** Scenarios sorted in one segment, or in the unsorted tray (null) with any orphans. */
function scenariosIn(doc: Y.Doc, segmentId: string | null, except?: string): Scenario[] {
  const segmentIds = new Set(readRecords(doc, "segments").map((segment) => segment.id));
  const place = (s: Scenario) =>
    s.segmentId !== null && segmentIds.has(s.segmentId) ? s.segmentId : null;
  return readSorted(doc, "scenarios", (s) => s.id !== except && place(s) === segmentId);
}

function segmentExists(doc: Y.Doc, segmentId: string | null): boolean {
  return segmentId === null || readRecord(doc, "segments", segmentId) !== null;
}

const AddScenarioOptionsSchema = z.object({
  id: z.optional(IdSchema),
  /** null puts the note in the unsorted tray. */
  segmentId: z.nullable(IdSchema),
  text: z._default(z.string().check(z.maxLength(2000)), ""),
  authorId: z.optional(IdSchema),
  /** Anonymous mode is on: the note is written without its author (authorId is dropped). */
  anonymous: z.optional(z.boolean()),
  dataSourceIds: z.optional(z.array(IdSchema).check(z.maxLength(100))),
  assumption: z.optional(z.boolean()),
  channel: z.optional(z.nullable(ScenarioChannelSchema)),
  technique: z.optional(z.nullable(ScenarioTechniqueSchema)),
  trigger: z.optional(z.string().check(z.maxLength(200))),
  missingData: z.optional(z.string().check(z.maxLength(200))),
  /** Position within the segment; at the end when omitted. */
  index: z.optional(IndexSchema),
  now: NowSchema,
});
export type AddScenarioOptions = z.input<typeof AddScenarioOptionsSchema>;

/** Adds a scenario sticky note to a segment (or to the unsorted tray). */
export function addScenario(doc: Y.Doc, options: AddScenarioOptions): WriteResult<Scenario> {
  const input = parseInput(AddScenarioOptionsSchema, options);
  if (!input.ok) return input.result;
  const { id, index, now, segmentId, anonymous, authorId, ...fields } = input.value;
  return transactResult(doc, () => {
    if (!segmentExists(doc, segmentId)) return missing("segments", segmentId ?? "");
    const siblings = scenariosIn(doc, segmentId);
    return insertRecord(doc, "scenarios", {
      ...fields,
      ...(anonymous || authorId === undefined ? {} : { authorId }),
      id: id ?? newId(),
      segmentId,
      order: keyAtIndex(siblings, index ?? siblings.length),
      createdAt: isoNow(now),
      matrix: null,
    });
  });
}

const UpdateScenarioOptionsSchema = z.object({
  scenarioId: IdSchema,
  text: z.optional(z.string().check(z.maxLength(2000))),
  assumption: z.optional(z.boolean()),
  channel: z.optional(z.nullable(ScenarioChannelSchema)),
  technique: z.optional(z.nullable(ScenarioTechniqueSchema)),
  /** Replaces the tag set; prefer tagDataSource for one tag (merges with concurrent tagging). */
  dataSourceIds: z.optional(z.array(IdSchema).check(z.maxLength(100))),
});
export type UpdateScenarioOptions = z.input<typeof UpdateScenarioOptionsSchema>;

export function updateScenario(doc: Y.Doc, options: UpdateScenarioOptions): WriteResult<Scenario> {
  const input = parseInput(UpdateScenarioOptionsSchema, options);
  if (!input.ok) return input.result;
  const { scenarioId, ...patch } = input.value;
  return transactResult(doc, () => patchRecord(doc, "scenarios", scenarioId, patch));
}

const TagDataSourceOptionsSchema = z.object({
  scenarioId: IdSchema,
  dataSourceId: IdSchema,
  tagged: z._default(z.boolean(), true),
});
export type TagDataSourceOptions = z.input<typeof TagDataSourceOptionsSchema>;

/** Tags (or untags) one data source on a scenario. */
export function tagDataSource(doc: Y.Doc, options: TagDataSourceOptions): WriteResult<Scenario> {
  const input = parseInput(TagDataSourceOptionsSchema, options);
  if (!input.ok) return input.result;
  const { scenarioId, dataSourceId, tagged } = input.value;
  return transactResult(doc, () => {
    const scenario = readRecord(doc, "scenarios", scenarioId);
    if (!scenario) return missing("scenarios", scenarioId);
    if (tagged && !readRecord(doc, "dataSources", dataSourceId)) {
      return missing("dataSources", dataSourceId);
    }
    const others = scenario.dataSourceIds.filter((id) => id !== dataSourceId);
    const dataSourceIds = tagged ? [...others, dataSourceId] : others;
    return patchRecord(doc, "scenarios", scenarioId, { dataSourceIds });
  });
}

const MoveScenarioOptionsSchema = z.object({
  scenarioId: IdSchema,
  /** Target segment; null for the unsorted tray. */
  segmentId: z.nullable(IdSchema),
  /** Position in the target segment, counted without the moving scenario. */
  index: IndexSchema,
});
export type MoveScenarioOptions = z.input<typeof MoveScenarioOptionsSchema>;

/**
 * Moves a scenario within or between segments. Only its segmentId and order key change, so a
 * concurrent move by someone else resolves to one place, never to a duplicate.
 */
export function moveScenario(doc: Y.Doc, options: MoveScenarioOptions): WriteResult<Scenario> {
  const input = parseInput(MoveScenarioOptionsSchema, options);
  if (!input.ok) return input.result;
  const { scenarioId, segmentId, index } = input.value;
  return transactResult(doc, () => {
    if (!segmentExists(doc, segmentId)) return missing("segments", segmentId ?? "");
    const order = keyAtIndex(scenariosIn(doc, segmentId, scenarioId), index);
    // Duplicates stacked on the note go where it goes.
    for (const stacked of readRecords(doc, "scenarios")) {
      if (stacked.stackedOn === scenarioId) {
        patchRecord(doc, "scenarios", stacked.id, { segmentId });
      }
    }
    return patchRecord(doc, "scenarios", scenarioId, { segmentId, order });
  });
}

const RemoveScenarioOptionsSchema = z.object({ scenarioId: IdSchema });
export type RemoveScenarioOptions = z.input<typeof RemoveScenarioOptionsSchema>;

/**
 * Deletes a scenario with its risks and roadmap item, in one transaction, so a single undo
 * brings all of them back.
 */
export function removeScenario(doc: Y.Doc, options: RemoveScenarioOptions): WriteResult<null> {
  const input = parseInput(RemoveScenarioOptionsSchema, options);
  if (!input.ok) return input.result;
  const { scenarioId } = input.value;
  return transactResult(doc, () => {
    if (!deleteRecord(doc, "scenarios", scenarioId)) return missing("scenarios", scenarioId);
    for (const risk of readRecords(doc, "risks")) {
      if (risk.scenarioId === scenarioId) deleteRecord(doc, "risks", risk.id);
    }
    for (const item of readRecords(doc, "roadmap")) {
      if (item.scenarioId === scenarioId) deleteRecord(doc, "roadmap", item.id);
    }
    return ok(null);
  });
}
