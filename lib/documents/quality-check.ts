import type * as Y from "yjs";
import * as z from "zod/mini";
import { patchRecord } from "./collection";
import { QUALITY_CRITERIA, type Scenario } from "./records";
import { parseInput, type WriteResult } from "./result";
import { IdSchema, transactResult } from "./write";

const SetQualityCriterionOptionsSchema = z.object({
  scenarioId: IdSchema,
  criterion: z.enum(QUALITY_CRITERIA),
  met: z.boolean(),
});
export type SetQualityCriterionOptions = z.input<typeof SetQualityCriterionOptionsSchema>;

/** Says whether an idea meets one quality criterion; each criterion is its own key, so two
 * people ticking different criteria of one idea both win. */
export function setQualityCriterion(
  doc: Y.Doc,
  options: SetQualityCriterionOptions,
): WriteResult<Scenario> {
  const input = parseInput(SetQualityCriterionOptionsSchema, options);
  if (!input.ok) return input.result;
  const { scenarioId, criterion, met } = input.value;
  return transactResult(doc, () =>
    patchRecord(doc, "scenarios", scenarioId, { quality: { [criterion]: met } }),
  );
}
