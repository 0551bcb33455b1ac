import type * as Y from "yjs";
import * as z from "zod/mini";
import {
  deleteRecord,
  insertRecord,
  missing,
  patchRecord,
  readRecords,
  readSorted,
} from "./collection";
import { newId } from "./ids";
import { keyAtIndex } from "./order-key";
import {
  DataQualitySchema,
  DataSourceKindSchema,
  DataSourceOriginSchema,
  type DataSource,
} from "./records";
import { ok, parseInput, type WriteResult } from "./result";
import { IdSchema, IndexSchema, transactResult } from "./write";

const DataSourceFieldsSchema = z.object({
  name: z.string().check(z.maxLength(200)),
  kind: DataSourceKindSchema,
  origin: DataSourceOriginSchema,
  quality: DataQualitySchema,
  legalBasis: z.string().check(z.maxLength(200)),
  accessConstraints: z.string().check(z.maxLength(2000)),
  sensitive: z.boolean(),
});

const AddDataSourceOptionsSchema = z.extend(
  z.required(z.partial(DataSourceFieldsSchema), { kind: true }),
  { id: z.optional(IdSchema), index: z.optional(IndexSchema) },
);
export type AddDataSourceOptions = z.input<typeof AddDataSourceOptionsSchema>;

/** Adds a data source card (step 3); scenarios can then be tagged with it. */
export function addDataSource(doc: Y.Doc, options: AddDataSourceOptions): WriteResult<DataSource> {
  const input = parseInput(AddDataSourceOptionsSchema, options);
  if (!input.ok) return input.result;
  const { id, index, ...fields } = input.value;
  return transactResult(doc, () => {
    const siblings = readSorted(doc, "dataSources");
    const order = keyAtIndex(siblings, index ?? siblings.length);
    return insertRecord(doc, "dataSources", { name: "", ...fields, id: id ?? newId(), order });
  });
}

const UpdateDataSourceOptionsSchema = z.extend(z.partial(DataSourceFieldsSchema), {
  dataSourceId: IdSchema,
});
export type UpdateDataSourceOptions = z.input<typeof UpdateDataSourceOptionsSchema>;

export function updateDataSource(
  doc: Y.Doc,
  options: UpdateDataSourceOptions,
): WriteResult<DataSource> {
  const input = parseInput(UpdateDataSourceOptionsSchema, options);
  if (!input.ok) return input.result;
  const { dataSourceId, ...patch } = input.value;
  return transactResult(doc, () => patchRecord(doc, "dataSources", dataSourceId, patch));
}

const RemoveDataSourceOptionsSchema = z.object({ dataSourceId: IdSchema });
export type RemoveDataSourceOptions = z.input<typeof RemoveDataSourceOptionsSchema>;

/** Deletes a data source card and removes its tag from every scenario. */
export function removeDataSource(doc: Y.Doc, options: RemoveDataSourceOptions): WriteResult<null> {
  const input = parseInput(RemoveDataSourceOptionsSchema, options);
  if (!input.ok) return input.result;
  const { dataSourceId } = input.value;
  return transactResult(doc, () => {
    if (!deleteRecord(doc, "dataSources", dataSourceId))
      return missing("dataSources", dataSourceId);
    for (const scenario of readRecords(doc, "scenarios")) {
      if (!scenario.dataSourceIds.includes(dataSourceId)) continue;
      const dataSourceIds = scenario.dataSourceIds.filter((id) => id !== dataSourceId);
      patchRecord(doc, "scenarios", scenario.id, { dataSourceIds });
    }
    return ok(null);
  });
}
