import type * as Y from "yjs";
import * as z from "zod/mini";
import { patchRecord } from "./collection";
import { clampUnit } from "./quadrant";
import type { Scenario } from "./records";
import { parseInput, type WriteResult } from "./result";
import { IdSchema, transactResult } from "./write";

const PlaceOnMatrixOptionsSchema = z.object({
  scenarioId: IdSchema,
  /** Business value, 0 (low) to 1 (high); clamped. */
  value: z.number(),
  /** Technical feasibility, 0 (hard) to 1 (easy); clamped. */
  feasibility: z.number(),
});
export type PlaceOnMatrixOptions = z.input<typeof PlaceOnMatrixOptionsSchema>;

/**
 * Places (or moves) a scenario on the value × feasibility matrix. Both coordinates are written
 * as one value, so concurrent drags end at one person's drop point, never a mix of two.
 * Call it on drop or per keyboard step; live drag previews belong in awareness, not here.
 */
export function placeOnMatrix(doc: Y.Doc, options: PlaceOnMatrixOptions): WriteResult<Scenario> {
  const input = parseInput(PlaceOnMatrixOptionsSchema, options);
  if (!input.ok) return input.result;
  const { scenarioId, value, feasibility } = input.value;
  const matrix = { value: clampUnit(value), feasibility: clampUnit(feasibility) };
  return transactResult(doc, () => patchRecord(doc, "scenarios", scenarioId, { matrix }));
}

const RemoveFromMatrixOptionsSchema = z.object({ scenarioId: IdSchema });
export type RemoveFromMatrixOptions = z.input<typeof RemoveFromMatrixOptionsSchema>;

/** Takes a scenario off the matrix, back to the tray. */
export function removeFromMatrix(
  doc: Y.Doc,
  options: RemoveFromMatrixOptions,
): WriteResult<Scenario> {
  const input = parseInput(RemoveFromMatrixOptionsSchema, options);
  if (!input.ok) return input.result;
  const { scenarioId } = input.value;
  return transactResult(doc, () => patchRecord(doc, "scenarios", scenarioId, { matrix: null }));
}
