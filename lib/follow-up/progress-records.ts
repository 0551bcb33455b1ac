import * as z from "zod/mini";

// What the follow-up records about each roadmap item: a status, the owner's update and, for an
// A/B test, the observed counts. Every value is plain JSON (never a nested Yjs type), so the
// server can write it from a route's module graph through applyServerChange (see live-api.ts).

export const PROGRESS_STATUSES = [
  "not-started",
  "in-progress",
  "testing",
  "shipped",
  "dropped",
] as const;
export const ProgressStatusSchema = z.enum(PROGRESS_STATUSES);
export type ProgressStatus = z.infer<typeof ProgressStatusSchema>;

export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  testing: "Testing",
  shipped: "Shipped",
  dropped: "Dropped",
};

const Count = z.int().check(z.gte(0), z.lte(1_000_000_000));

/** People in each arm and how many of them converted. */
export const AbCountsSchema = z
  .object({
    controlUsers: Count,
    controlConversions: Count,
    variantUsers: Count,
    variantConversions: Count,
  })
  .check(
    z.refine((c) => c.controlConversions <= c.controlUsers, {
      error: "The control group cannot convert more people than it holds.",
    }),
    z.refine((c) => c.variantConversions <= c.variantUsers, {
      error: "The variant group cannot convert more people than it holds.",
    }),
  );
export type AbCounts = z.infer<typeof AbCountsSchema>;

export const DropReasonSchema = z.string().check(z.maxLength(500));
export const OwnerUpdateSchema = z.string().check(z.maxLength(2000));

/** The follow-up fields of one roadmap item, each stored under its own key so edits merge. */
export const PROGRESS_FIELDS = {
  status: ProgressStatusSchema,
  dropReason: DropReasonSchema,
  update: OwnerUpdateSchema,
  ab: z.nullable(AbCountsSchema),
  /** The current owner link's nonce: a new one turns the old link off (lib/sharing/owner-links). */
  linkNonce: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/)),
} as const;
export type ProgressField = keyof typeof PROGRESS_FIELDS;

export type ItemProgress = {
  status: ProgressStatus;
  dropReason: string;
  update: string;
  ab: AbCounts | null;
  linkNonce: string | null;
  /** True once anything was recorded for the item (status, update or result). */
  recorded: boolean;
};

export const EMPTY_PROGRESS: ItemProgress = {
  status: "not-started",
  dropReason: "",
  update: "",
  ab: null,
  linkNonce: null,
  recorded: false,
};

/** One dated line of the follow-up's history: who changed what on which item. */
export const ProgressLogEntrySchema = z.object({
  itemId: z.string().check(z.minLength(1), z.maxLength(64)),
  at: z.iso.datetime({ offset: true }),
  by: z.string().check(z.maxLength(200)),
  text: z.string().check(z.maxLength(300)),
});
export type ProgressLogEntry = z.infer<typeof ProgressLogEntrySchema>;
