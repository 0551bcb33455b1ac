import type * as Y from "yjs";
import * as z from "zod/mini";
import { ok, parseInput, type WriteResult } from "@/lib/documents/result";
import { IdSchema, NowSchema, isoNow, transactResult } from "@/lib/documents/write";
import {
  AbCountsSchema,
  DropReasonSchema,
  EMPTY_PROGRESS,
  OwnerUpdateSchema,
  PROGRESS_FIELDS,
  PROGRESS_STATUS_LABELS,
  ProgressLogEntrySchema,
  ProgressStatusSchema,
  type ItemProgress,
  type ProgressField,
  type ProgressLogEntry,
} from "./progress-records";

// Board doc maps of the follow-up (no schema change: absent maps read as "nothing recorded"):
//   getMap("progress")     "<itemId>/<field>" → plain value (PROGRESS_FIELDS), and
//                          "#heldAt" → ISO instant the follow-up meeting was closed
//   getMap("progressLog")  "<ISO instant>/<random>" → ProgressLogEntry, append-only
// Only plain values: the owner link writes through the server from another module graph, which
// must not create Yjs types (see lib/realtime/live-api.ts).

export const PROGRESS_MAP = "progress";
export const PROGRESS_LOG_MAP = "progressLog";
const HELD_KEY = "#heldAt";

function progressMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(PROGRESS_MAP);
}

function logMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(PROGRESS_LOG_MAP);
}

function fieldKey(itemId: string, field: ProgressField): string {
  return `${itemId}/${field}`;
}

function readField<F extends ProgressField>(
  doc: Y.Doc,
  itemId: string,
  field: F,
): z.output<(typeof PROGRESS_FIELDS)[F]> | undefined {
  const parsed = PROGRESS_FIELDS[field].safeParse(progressMap(doc).get(fieldKey(itemId, field)));
  return parsed.success ? (parsed.data as z.output<(typeof PROGRESS_FIELDS)[F]>) : undefined;
}

/** One item's follow-up; an item nobody touched reads as EMPTY_PROGRESS. */
export function readItemProgress(doc: Y.Doc, itemId: string): ItemProgress {
  const status = readField(doc, itemId, "status");
  const dropReason = readField(doc, itemId, "dropReason");
  const update = readField(doc, itemId, "update");
  const ab = readField(doc, itemId, "ab");
  const linkNonce = readField(doc, itemId, "linkNonce");
  return {
    status: status ?? EMPTY_PROGRESS.status,
    dropReason: dropReason ?? "",
    update: update ?? "",
    ab: ab ?? null,
    linkNonce: linkNonce ?? null,
    recorded: status !== undefined || Boolean(update) || Boolean(ab),
  };
}

export type FollowUpProgress = {
  /** By roadmap item id; only items with a stored key appear. */
  items: Readonly<Record<string, ItemProgress>>;
  /** Newest first. */
  log: readonly ProgressLogEntry[];
  /** When the facilitator closed the follow-up meeting, or null. */
  heldAt: string | null;
};

/** Every item's follow-up, the dated history and whether the meeting was held. */
export function readFollowUpProgress(doc: Y.Doc): FollowUpProgress {
  const map = progressMap(doc);
  const ids = new Set<string>();
  for (const key of map.keys()) {
    const slash = key.lastIndexOf("/");
    if (slash > 0) ids.add(key.slice(0, slash));
  }
  const items: Record<string, ItemProgress> = {};
  for (const id of ids) items[id] = readItemProgress(doc, id);
  const log: ProgressLogEntry[] = [];
  for (const value of logMap(doc).values()) {
    const parsed = ProgressLogEntrySchema.safeParse(value);
    if (parsed.success) log.push(parsed.data);
  }
  log.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const held = z.iso.datetime().safeParse(map.get(HELD_KEY));
  return { items, log, heldAt: held.success ? held.data : null };
}

/** True once anything was recorded for any item: from then on the documents show Progress. */
export function hasProgress(progress: FollowUpProgress): boolean {
  return Object.values(progress.items).some((item) => item.recorded);
}

const RecordProgressOptionsSchema = z.object({
  itemId: IdSchema,
  status: z.optional(ProgressStatusSchema),
  dropReason: z.optional(DropReasonSchema),
  update: z.optional(OwnerUpdateSchema),
  ab: z.optional(z.nullable(AbCountsSchema)),
  /** Shown in the history: the name of whoever made the change. */
  by: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  now: NowSchema,
});
export type RecordProgressOptions = z.input<typeof RecordProgressOptionsSchema>;

function describeChange(
  before: ItemProgress,
  patch: Pick<ItemProgress, "status" | "dropReason" | "update" | "ab">,
  statusGiven: boolean,
): string[] {
  const lines: string[] = [];
  if (statusGiven && (patch.status !== before.status || !before.recorded)) {
    lines.push(`Status: ${PROGRESS_STATUS_LABELS[patch.status]}`);
  }
  if (patch.status === "dropped" && patch.dropReason !== before.dropReason && patch.dropReason) {
    lines.push(`Reason: ${patch.dropReason}`);
  }
  if (patch.update !== before.update)
    lines.push(patch.update ? "Update written" : "Update cleared");
  if (JSON.stringify(patch.ab) !== JSON.stringify(before.ab)) {
    lines.push(
      patch.ab
        ? `A/B result: control ${patch.ab.controlConversions}/${patch.ab.controlUsers}, variant ${patch.ab.variantConversions}/${patch.ab.variantUsers}`
        : "A/B result cleared",
    );
  }
  return lines;
}

/**
 * Records an item's status, drop reason, update and/or A/B counts, writing only the fields that
 * changed, and adds one dated line to the history naming who did it. No change, no line.
 */
export function recordProgress(
  doc: Y.Doc,
  options: RecordProgressOptions,
): WriteResult<ItemProgress> {
  const input = parseInput(RecordProgressOptionsSchema, options);
  if (!input.ok) return input.result;
  const { itemId, by, now, ...patch } = input.value;
  return transactResult(doc, () => {
    const before = readItemProgress(doc, itemId);
    const next = {
      status: patch.status ?? before.status,
      dropReason: patch.dropReason ?? before.dropReason,
      update: patch.update ?? before.update,
      ab: patch.ab === undefined ? before.ab : patch.ab,
    };
    const statusGiven = patch.status !== undefined;
    const lines = describeChange(before, next, statusGiven);
    if (lines.length === 0) return ok(before);
    const map = progressMap(doc);
    // Written only when given: an update typed elsewhere must not reset someone's status.
    if (statusGiven) map.set(fieldKey(itemId, "status"), next.status);
    if (next.dropReason !== before.dropReason)
      map.set(fieldKey(itemId, "dropReason"), next.dropReason);
    if (next.update !== before.update) map.set(fieldKey(itemId, "update"), next.update);
    if (JSON.stringify(next.ab) !== JSON.stringify(before.ab))
      map.set(fieldKey(itemId, "ab"), next.ab);
    const at = isoNow(now);
    const entry: ProgressLogEntry = { itemId, at, by, text: lines.join(" · ").slice(0, 300) };
    logMap(doc).set(`${at}/${randomSuffix()}`, entry);
    return ok(readItemProgress(doc, itemId));
  });
}

function randomSuffix(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

const SetOwnerLinkNonceOptionsSchema = z.object({
  itemId: IdSchema,
  nonce: PROGRESS_FIELDS.linkNonce,
});

/** Stores the item's owner-link nonce; the link made with the previous one stops working. */
export function setOwnerLinkNonce(
  doc: Y.Doc,
  options: z.input<typeof SetOwnerLinkNonceOptionsSchema>,
): WriteResult<string> {
  const input = parseInput(SetOwnerLinkNonceOptionsSchema, options);
  if (!input.ok) return input.result;
  const { itemId, nonce } = input.value;
  return transactResult(doc, () => {
    progressMap(doc).set(fieldKey(itemId, "linkNonce"), nonce);
    return ok(nonce);
  });
}

const MarkFollowUpHeldOptionsSchema = z.object({ held: z.boolean(), now: NowSchema });

/** Closes (or reopens) the follow-up meeting: the lifecycle reads "followed up" once closed. */
export function markFollowUpHeld(
  doc: Y.Doc,
  options: z.input<typeof MarkFollowUpHeldOptionsSchema>,
): WriteResult<string | null> {
  const input = parseInput(MarkFollowUpHeldOptionsSchema, options);
  if (!input.ok) return input.result;
  const { held, now } = input.value;
  return transactResult(doc, () => {
    const at = held ? isoNow(now) : null;
    if (at) progressMap(doc).set(HELD_KEY, at);
    else progressMap(doc).delete(HELD_KEY);
    return ok(at);
  });
}

/**
 * Writes a follow-up read from an export as it was: statuses, updates, results and the dated
 * history, without adding history lines of its own.
 */
export function restoreFollowUpProgress(
  doc: Y.Doc,
  data: {
    heldAt: string | null;
    items: Readonly<Record<string, Pick<ItemProgress, "status" | "dropReason" | "update" | "ab">>>;
    log: readonly ProgressLogEntry[];
  },
): void {
  doc.transact(() => {
    const map = progressMap(doc);
    for (const [itemId, item] of Object.entries(data.items)) {
      map.set(fieldKey(itemId, "status"), item.status);
      if (item.dropReason) map.set(fieldKey(itemId, "dropReason"), item.dropReason);
      if (item.update) map.set(fieldKey(itemId, "update"), item.update);
      if (item.ab) map.set(fieldKey(itemId, "ab"), { ...item.ab });
    }
    if (data.heldAt) map.set(HELD_KEY, data.heldAt);
    const log = logMap(doc);
    for (const entry of data.log) log.set(`${entry.at}/${randomSuffix()}`, { ...entry });
  });
}

/** Calls `listener` after any change to the follow-up maps (for useSyncExternalStore). */
export function observeFollowUpProgress(doc: Y.Doc, listener: () => void): () => void {
  const maps = [progressMap(doc), logMap(doc)];
  for (const map of maps) map.observe(listener);
  return () => {
    for (const map of maps) map.unobserve(listener);
  };
}
