import type * as Y from "yjs";
import * as z from "zod/mini";
import { missing, readRecord, readSorted } from "./collection";
import type { RoadmapItem } from "./records";
import { ok, parseInput, type WriteResult } from "./result";
import { addToRoadmap, removeFromRoadmap } from "./roadmap";
import { IdSchema, transactResult } from "./write";

const SwapRoadmapItemOptionsSchema = z.object({
  itemId: IdSchema,
  /** The scenario that takes the item's place (and rank). */
  scenarioId: IdSchema,
});
export type SwapRoadmapItemOptions = z.input<typeof SwapRoadmapItemOptionsSchema>;

/**
 * Replaces a roadmap item with another scenario at the same rank, as one undo step. The new item
 * starts empty: owner, slot and plan belonged to the idea that was swapped out.
 */
export function swapRoadmapItem(
  doc: Y.Doc,
  options: SwapRoadmapItemOptions,
): WriteResult<RoadmapItem> {
  const input = parseInput(SwapRoadmapItemOptionsSchema, options);
  if (!input.ok) return input.result;
  const { itemId, scenarioId } = input.value;
  return transactResult(doc, () => {
    if (!readRecord(doc, "scenarios", scenarioId)) return missing("scenarios", scenarioId);
    // Already on the roadmap: nothing to swap in, and the current item stays.
    const existing = readRecord(doc, "roadmap", scenarioId);
    if (existing) return ok(existing);
    const index = readSorted(doc, "roadmap").findIndex((item) => item.id === itemId);
    if (index === -1) return missing("roadmap", itemId);
    const removed = removeFromRoadmap(doc, { itemId });
    if (!removed.ok) return removed;
    // Nested transactions join this one, so the swap is one change for everyone and one undo.
    return addToRoadmap(doc, { scenarioId, index });
  });
}
