import type * as Y from "yjs";
import * as z from "zod/mini";
import { deleteRecord, insertRecord, missing, patchRecord, readSorted } from "./collection";
import { newId } from "./ids";
import { keyAtIndex } from "./order-key";
import type { Kpi } from "./records";
import { ok, parseInput, type WriteResult } from "./result";
import { IdSchema, IndexSchema, transactResult } from "./write";

const AddKpiOptionsSchema = z.object({
  id: z.optional(IdSchema),
  text: z._default(z.string().check(z.maxLength(200)), ""),
  index: z.optional(IndexSchema),
});
export type AddKpiOptions = z.input<typeof AddKpiOptionsSchema>;

/** Adds a business goal / KPI to the objective step's list. */
export function addKpi(doc: Y.Doc, options: AddKpiOptions): WriteResult<Kpi> {
  const input = parseInput(AddKpiOptionsSchema, options);
  if (!input.ok) return input.result;
  const { id, index, text } = input.value;
  return transactResult(doc, () => {
    const siblings = readSorted(doc, "kpis");
    const order = keyAtIndex(siblings, index ?? siblings.length);
    return insertRecord(doc, "kpis", { id: id ?? newId(), text, order });
  });
}

const UpdateKpiOptionsSchema = z.object({
  kpiId: IdSchema,
  text: z.optional(z.string().check(z.maxLength(200))),
  index: z.optional(IndexSchema),
});
export type UpdateKpiOptions = z.input<typeof UpdateKpiOptionsSchema>;

/** Edits a KPI's text and/or moves it to `index`. */
export function updateKpi(doc: Y.Doc, options: UpdateKpiOptions): WriteResult<Kpi> {
  const input = parseInput(UpdateKpiOptionsSchema, options);
  if (!input.ok) return input.result;
  const { kpiId, text, index } = input.value;
  return transactResult(doc, () => {
    const order =
      index === undefined
        ? undefined
        : keyAtIndex(
            readSorted(doc, "kpis", (kpi) => kpi.id !== kpiId),
            index,
          );
    return patchRecord(doc, "kpis", kpiId, { text, order });
  });
}

const RemoveKpiOptionsSchema = z.object({ kpiId: IdSchema });
export type RemoveKpiOptions = z.input<typeof RemoveKpiOptionsSchema>;

export function removeKpi(doc: Y.Doc, options: RemoveKpiOptions): WriteResult<null> {
  const input = parseInput(RemoveKpiOptionsSchema, options);
  if (!input.ok) return input.result;
  const { kpiId } = input.value;
  return transactResult(doc, () =>
    deleteRecord(doc, "kpis", kpiId) ? ok(null) : missing("kpis", kpiId),
  );
}
