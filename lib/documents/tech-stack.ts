import type * as Y from "yjs";
import * as z from "zod/mini";
import { deleteRecord, insertRecord, missing, patchRecord, readSorted } from "./collection";
import { newId } from "./ids";
import { keyAtIndex } from "./order-key";
import { TechCategorySchema, type TechStackItem } from "./records";
import { ok, parseInput, type WriteResult } from "./result";
import { IdSchema, IndexSchema, transactResult } from "./write";

const TechFieldsSchema = z.object({
  name: z.string().check(z.maxLength(200)),
  category: TechCategorySchema,
  notes: z.string().check(z.maxLength(2000)),
});

const AddTechStackItemOptionsSchema = z.extend(z.partial(TechFieldsSchema), {
  id: z.optional(IdSchema),
  index: z.optional(IndexSchema),
});
export type AddTechStackItemOptions = z.input<typeof AddTechStackItemOptionsSchema>;

/** Adds a tech stack card (step 3). */
export function addTechStackItem(
  doc: Y.Doc,
  options: AddTechStackItemOptions,
): WriteResult<TechStackItem> {
  const input = parseInput(AddTechStackItemOptionsSchema, options);
  if (!input.ok) return input.result;
  const { id, index, ...fields } = input.value;
  return transactResult(doc, () => {
    const siblings = readSorted(doc, "techStack");
    const order = keyAtIndex(siblings, index ?? siblings.length);
    return insertRecord(doc, "techStack", { name: "", ...fields, id: id ?? newId(), order });
  });
}

const UpdateTechStackItemOptionsSchema = z.extend(z.partial(TechFieldsSchema), {
  itemId: IdSchema,
});
export type UpdateTechStackItemOptions = z.input<typeof UpdateTechStackItemOptionsSchema>;

export function updateTechStackItem(
  doc: Y.Doc,
  options: UpdateTechStackItemOptions,
): WriteResult<TechStackItem> {
  const input = parseInput(UpdateTechStackItemOptionsSchema, options);
  if (!input.ok) return input.result;
  const { itemId, ...patch } = input.value;
  return transactResult(doc, () => patchRecord(doc, "techStack", itemId, patch));
}

const RemoveTechStackItemOptionsSchema = z.object({ itemId: IdSchema });
export type RemoveTechStackItemOptions = z.input<typeof RemoveTechStackItemOptionsSchema>;

export function removeTechStackItem(
  doc: Y.Doc,
  options: RemoveTechStackItemOptions,
): WriteResult<null> {
  const input = parseInput(RemoveTechStackItemOptionsSchema, options);
  if (!input.ok) return input.result;
  const { itemId } = input.value;
  return transactResult(doc, () =>
    deleteRecord(doc, "techStack", itemId) ? ok(null) : missing("techStack", itemId),
  );
}
