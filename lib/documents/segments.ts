import type * as Y from "yjs";
import * as z from "zod/mini";
import {
  deleteRecord,
  insertRecord,
  missing,
  patchRecord,
  readRecord,
  readSorted,
} from "./collection";
import { newId } from "./ids";
import { keyAtIndex } from "./order-key";
import { LifecycleStageSchema, type Scenario, type Segment } from "./records";
import { ok, parseInput, type WriteResult } from "./result";
import { IdSchema, IndexSchema, transactResult } from "./write";

const AddSegmentOptionsSchema = z.object({
  id: z.optional(IdSchema),
  name: z._default(z.string().check(z.maxLength(200)), ""),
  description: z.optional(z.string().check(z.maxLength(2000))),
  lifecycleStage: z.optional(LifecycleStageSchema),
  /** Position among the segments; at the end when omitted. */
  index: z.optional(IndexSchema),
});
export type AddSegmentOptions = z.input<typeof AddSegmentOptionsSchema>;

/** Adds a segment column. */
export function addSegment(doc: Y.Doc, options: AddSegmentOptions): WriteResult<Segment> {
  const input = parseInput(AddSegmentOptionsSchema, options);
  if (!input.ok) return input.result;
  const { id, index, ...fields } = input.value;
  return transactResult(doc, () => {
    const siblings = readSorted(doc, "segments");
    const order = keyAtIndex(siblings, index ?? siblings.length);
    return insertRecord(doc, "segments", { ...fields, id: id ?? newId(), order });
  });
}

const UpdateSegmentOptionsSchema = z.object({
  segmentId: IdSchema,
  name: z.optional(z.string().check(z.maxLength(200))),
  description: z.optional(z.string().check(z.maxLength(2000))),
  lifecycleStage: z.optional(LifecycleStageSchema),
});
export type UpdateSegmentOptions = z.input<typeof UpdateSegmentOptionsSchema>;

export function updateSegment(doc: Y.Doc, options: UpdateSegmentOptions): WriteResult<Segment> {
  const input = parseInput(UpdateSegmentOptionsSchema, options);
  if (!input.ok) return input.result;
  const { segmentId, ...patch } = input.value;
  return transactResult(doc, () => patchRecord(doc, "segments", segmentId, patch));
}

const MoveSegmentOptionsSchema = z.object({ segmentId: IdSchema, index: IndexSchema });
export type MoveSegmentOptions = z.input<typeof MoveSegmentOptionsSchema>;

/** Moves a segment column to `index` (counted without the segment itself). */
export function moveSegment(doc: Y.Doc, options: MoveSegmentOptions): WriteResult<Segment> {
  const input = parseInput(MoveSegmentOptionsSchema, options);
  if (!input.ok) return input.result;
  const { segmentId, index } = input.value;
  return transactResult(doc, () => {
    const siblings = readSorted(doc, "segments", (segment) => segment.id !== segmentId);
    return patchRecord(doc, "segments", segmentId, { order: keyAtIndex(siblings, index) });
  });
}

const RemoveSegmentOptionsSchema = z.object({ segmentId: IdSchema });
export type RemoveSegmentOptions = z.input<typeof RemoveSegmentOptionsSchema>;

/**
 * Deletes a segment. Its scenarios are not deleted with it: they move to the end of the
 * unsorted tray (segmentId null) in their current order, so ideas and their risks survive a
 * mis-click and can be dragged into another segment. Returns the ids of the moved scenarios.
 */
export function removeSegment(doc: Y.Doc, options: RemoveSegmentOptions): WriteResult<string[]> {
  const input = parseInput(RemoveSegmentOptionsSchema, options);
  if (!input.ok) return input.result;
  const { segmentId } = input.value;
  return transactResult(doc, () => {
    if (!readRecord(doc, "segments", segmentId)) return missing("segments", segmentId);
    const segmentIds = new Set(readSorted(doc, "segments").map((segment) => segment.id));
    segmentIds.delete(segmentId);
    const inTray = (scenario: Scenario) =>
      scenario.segmentId === null || !segmentIds.has(scenario.segmentId);
    const tray = readSorted(doc, "scenarios", (s) => inTray(s) && s.segmentId !== segmentId);
    const moving = readSorted(doc, "scenarios", (s) => s.segmentId === segmentId);
    let last = tray.at(-1) ?? null;
    for (const scenario of moving) {
      const order = keyAtIndex(last ? [last] : [], 1);
      patchRecord(doc, "scenarios", scenario.id, { segmentId: null, order });
      last = { ...scenario, order };
    }
    deleteRecord(doc, "segments", segmentId);
    return ok(moving.map((scenario) => scenario.id));
  });
}
