import type * as Y from "yjs";
import * as z from "zod/mini";
import { ethicsReviewGaps } from "@/lib/method/ethics-review";
import { missing, patchRecord, readRecord } from "./collection";
import {
  ETHICS_CONCERNS,
  EthicsAnswerKindSchema,
  LAUNCH_CHECKS,
  type RoadmapItem,
} from "./records";
import { parseInput, type WriteResult } from "./result";
import { IdSchema, NowSchema, isoNow, transactResult } from "./write";

// The ethics review and the launch checklist of a roadmap item: each answer and each tick is
// stored whole with who gave it and when (one key each, so two people answering different
// concerns both win). The notes are shared text, edited through editSharedText.

const Name = z
  .string()
  .check(z.trim(), z.minLength(1, { error: "Say who is answering." }), z.maxLength(200));

const AnswerEthicsConcernOptionsSchema = z.object({
  itemId: IdSchema,
  concern: z.enum(ETHICS_CONCERNS),
  /** null clears the answer. */
  answer: z.nullable(EthicsAnswerKindSchema),
  userId: IdSchema,
  name: Name,
  now: NowSchema,
});
export type AnswerEthicsConcernOptions = z.input<typeof AnswerEthicsConcernOptionsSchema>;

/**
 * Records one answer of the item's ethics review under the person's name. An answer that leaves
 * the review incomplete takes a ready item back to not ready: the gate let it through on the
 * answers it had then.
 */
export function answerEthicsConcern(
  doc: Y.Doc,
  options: AnswerEthicsConcernOptions,
): WriteResult<RoadmapItem> {
  const input = parseInput(AnswerEthicsConcernOptionsSchema, options);
  if (!input.ok) return input.result;
  const { itemId, concern, answer, userId, name, now } = input.value;
  return transactResult(doc, () => {
    const item = readRecord(doc, "roadmap", itemId);
    if (!item) return missing("roadmap", itemId);
    const value = answer === null ? null : { answer, userId, name, at: isoNow(now) };
    const ethics = { ...item.ethics, [concern]: value };
    const stillReady = item.ready && ethicsReviewGaps(ethics).length === 0;
    return patchRecord(doc, "roadmap", itemId, {
      ethics: { [concern]: value },
      ...(item.ready && !stillReady ? { ready: false } : {}),
    });
  });
}

const TickLaunchCheckOptionsSchema = z.object({
  itemId: IdSchema,
  check: z.enum(LAUNCH_CHECKS),
  ticked: z.boolean(),
  userId: IdSchema,
  name: Name,
  now: NowSchema,
});
export type TickLaunchCheckOptions = z.input<typeof TickLaunchCheckOptionsSchema>;

/** Ticks (or unticks) one launch-readiness check under the person's name. */
export function tickLaunchCheck(
  doc: Y.Doc,
  options: TickLaunchCheckOptions,
): WriteResult<RoadmapItem> {
  const input = parseInput(TickLaunchCheckOptionsSchema, options);
  if (!input.ok) return input.result;
  const { itemId, check, ticked, userId, name, now } = input.value;
  return transactResult(doc, () => {
    const value = ticked ? { userId, name, at: isoNow(now) } : null;
    return patchRecord(doc, "roadmap", itemId, { launch: { [check]: value } });
  });
}
