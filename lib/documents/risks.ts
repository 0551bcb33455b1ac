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
import { RiskCategorySchema, SeveritySchema, type Risk } from "./records";
import { ok, parseInput, type WriteResult } from "./result";
import { IdSchema, NowSchema, isoNow, transactResult } from "./write";

const RiskFieldsSchema = z.object({
  category: RiskCategorySchema,
  severity: SeveritySchema,
  description: z.string().check(z.maxLength(2000)),
  mitigation: z.string().check(z.maxLength(2000)),
});

const AddRiskOptionsSchema = z.extend(z.partial(RiskFieldsSchema), {
  id: z.optional(IdSchema),
  scenarioId: IdSchema,
  authorId: z.optional(IdSchema),
  /** Anonymous mode is on: the risk is written without its author (authorId is dropped). */
  anonymous: z.optional(z.boolean()),
  now: NowSchema,
});
export type AddRiskOptions = z.input<typeof AddRiskOptionsSchema>;

/** Adds a persofail (red risk note) to a scenario. */
export function addRisk(doc: Y.Doc, options: AddRiskOptions): WriteResult<Risk> {
  const input = parseInput(AddRiskOptionsSchema, options);
  if (!input.ok) return input.result;
  const { id, now, scenarioId, anonymous, authorId, ...fields } = input.value;
  return transactResult(doc, () => {
    if (!readRecord(doc, "scenarios", scenarioId)) return missing("scenarios", scenarioId);
    const siblings = readSorted(doc, "risks", (risk) => risk.scenarioId === scenarioId);
    return insertRecord(doc, "risks", {
      description: "",
      ...fields,
      ...(anonymous || authorId === undefined ? {} : { authorId }),
      id: id ?? newId(),
      scenarioId,
      createdAt: isoNow(now),
      order: keyAtIndex(siblings, siblings.length),
    });
  });
}

const UpdateRiskOptionsSchema = z.extend(z.partial(RiskFieldsSchema), { riskId: IdSchema });
export type UpdateRiskOptions = z.input<typeof UpdateRiskOptionsSchema>;

/** Edits a risk's category, severity, description or mitigation. */
export function updateRisk(doc: Y.Doc, options: UpdateRiskOptions): WriteResult<Risk> {
  const input = parseInput(UpdateRiskOptionsSchema, options);
  if (!input.ok) return input.result;
  const { riskId, ...patch } = input.value;
  return transactResult(doc, () => patchRecord(doc, "risks", riskId, patch));
}

const RemoveRiskOptionsSchema = z.object({ riskId: IdSchema });
export type RemoveRiskOptions = z.input<typeof RemoveRiskOptionsSchema>;

export function removeRisk(doc: Y.Doc, options: RemoveRiskOptions): WriteResult<null> {
  const input = parseInput(RemoveRiskOptionsSchema, options);
  if (!input.ok) return input.result;
  const { riskId } = input.value;
  return transactResult(doc, () =>
    deleteRecord(doc, "risks", riskId) ? ok(null) : missing("risks", riskId),
  );
}
