import type * as Y from "yjs";
import * as z from "zod/mini";
import { restoreFollowUpProgress, type FollowUpProgress } from "./progress";
import {
  AbCountsSchema,
  DropReasonSchema,
  OwnerUpdateSchema,
  ProgressLogEntrySchema,
  ProgressStatusSchema,
} from "./progress-records";

// The follow-up in the JSON export, so export → import keeps it. Owner-link nonces stay behind:
// links belong to the server that made them.

const MAX = 5_000;

export const FollowUpExportSchema = z.object({
  heldAt: z.nullable(z.iso.datetime()),
  items: z.record(
    z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
    z.object({
      status: ProgressStatusSchema,
      dropReason: DropReasonSchema,
      update: OwnerUpdateSchema,
      ab: z.nullable(AbCountsSchema),
    }),
  ),
  log: z.array(ProgressLogEntrySchema).check(z.maxLength(MAX)),
});
export type FollowUpExport = z.infer<typeof FollowUpExportSchema>;

/** The recorded part of the follow-up for the JSON export; null while nothing was recorded. */
export function exportFollowUp(progress: FollowUpProgress): FollowUpExport | null {
  const items = Object.entries(progress.items).filter(([, item]) => item.recorded);
  if (items.length === 0 && progress.heldAt === null) return null;
  return {
    heldAt: progress.heldAt,
    items: Object.fromEntries(
      items.map(([id, { status, dropReason, update, ab }]) => [
        id,
        { status, dropReason, update, ab: ab ? { ...ab } : null },
      ]),
    ),
    log: progress.log.map((entry) => ({ ...entry })),
  };
}

/** Writes an imported follow-up into a new board doc (items of records that came with it). */
export function importFollowUp(
  doc: Y.Doc,
  exported: FollowUpExport,
  itemIds: ReadonlySet<string>,
): void {
  restoreFollowUpProgress(doc, {
    heldAt: exported.heldAt,
    items: Object.fromEntries(Object.entries(exported.items).filter(([id]) => itemIds.has(id))),
    log: exported.log.filter((entry) => itemIds.has(entry.itemId)),
  });
}
