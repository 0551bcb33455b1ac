import type * as Y from "yjs";
import * as z from "zod/mini";
import {
  deleteRecord,
  insertRecord,
  missing,
  patchRecord,
  readRecord,
  readRecords,
  readSorted,
} from "./collection";
import { keyAtIndex } from "./order-key";
import { MeasurementPatchSchema, SlotSchema, type RoadmapItem } from "./records";
import { ok, parseInput, type WriteResult } from "./result";
import { ROADMAP_PROPOSAL_SIZE, proposeRoadmapCandidates } from "./roadmap-proposal";
import { ethicsGapText } from "@/lib/method/ethics-review";
import { isBlocked, readinessBlockers } from "@/lib/method/readiness";
import { blockingRisks } from "./warnings";
import { IdSchema, IndexSchema, NowSchema, isoNow, transactResult } from "./write";

// A roadmap item is keyed by its scenario's id: a scenario is on the roadmap at most once, and two
// people proposing or adding the same scenario at once write the same key instead of duplicates.

function insertItem(doc: Y.Doc, scenarioId: string, index?: number): WriteResult<RoadmapItem> {
  if (!readRecord(doc, "scenarios", scenarioId)) return missing("scenarios", scenarioId);
  const existing = readRecord(doc, "roadmap", scenarioId);
  if (existing) return ok(existing);
  const siblings = readSorted(doc, "roadmap");
  const order = keyAtIndex(siblings, index ?? siblings.length);
  return insertRecord(doc, "roadmap", { id: scenarioId, scenarioId, order });
}

const ProposeRoadmapOptionsSchema = z.object({
  min: z._default(z.int().check(z.gte(0), z.lte(20)), ROADMAP_PROPOSAL_SIZE.min),
  max: z._default(z.int().check(z.gte(1), z.lte(20)), ROADMAP_PROPOSAL_SIZE.max),
});
export type ProposeRoadmapOptions = z.input<typeof ProposeRoadmapOptionsSchema>;

/**
 * Fills the roadmap up to `max` items (default 5) with the best quick wins not on it yet,
 * topped up to `min` (default 3) from big bets and fill-ins. Returns the items it added.
 */
export function proposeRoadmap(
  doc: Y.Doc,
  options: ProposeRoadmapOptions = {},
): WriteResult<RoadmapItem[]> {
  const input = parseInput(ProposeRoadmapOptionsSchema, options);
  if (!input.ok) return input.result;
  const { min, max } = input.value;
  return transactResult(doc, () => {
    const scenarios = readRecords(doc, "scenarios");
    const live = new Set(scenarios.map((scenario) => scenario.id));
    const onRoadmap = readRecords(doc, "roadmap").filter((item) => live.has(item.scenarioId));
    const room = max - onRoadmap.length;
    if (room <= 0) return ok([]);
    const ids = proposeRoadmapCandidates({
      scenarios,
      exclude: new Set(onRoadmap.map((item) => item.scenarioId)),
      min: Math.max(0, min - onRoadmap.length),
      max: room,
    });
    const added: RoadmapItem[] = [];
    for (const id of ids) {
      const result = insertItem(doc, id);
      if (result.ok) added.push(result.value);
    }
    return ok(added);
  });
}

const AddToRoadmapOptionsSchema = z.object({
  scenarioId: IdSchema,
  index: z.optional(IndexSchema),
});
export type AddToRoadmapOptions = z.input<typeof AddToRoadmapOptionsSchema>;

/** Puts a scenario on the roadmap (at the end by default); a no-op if it is already there. */
export function addToRoadmap(doc: Y.Doc, options: AddToRoadmapOptions): WriteResult<RoadmapItem> {
  const input = parseInput(AddToRoadmapOptionsSchema, options);
  if (!input.ok) return input.result;
  const { scenarioId, index } = input.value;
  return transactResult(doc, () => insertItem(doc, scenarioId, index));
}

const UpdateRoadmapItemOptionsSchema = z.object({
  itemId: IdSchema,
  ownerUserId: z.optional(z.nullable(IdSchema)),
  slot: z.optional(z.nullable(SlotSchema)),
  metric: z.optional(
    z.partial(
      z.object({
        name: z.string().check(z.maxLength(200)),
        baseline: z.string().check(z.maxLength(200)),
        target: z.string().check(z.maxLength(200)),
      }),
    ),
  ),
  abTest: z.optional(
    z.partial(
      z.object({
        control: z.string().check(z.maxLength(200)),
        durationDays: z.nullable(z.int().check(z.gte(1), z.lte(365))),
      }),
    ),
  ),
  measurement: z.optional(MeasurementPatchSchema),
  dependencies: z.optional(z.string().check(z.maxLength(2000))),
});
export type UpdateRoadmapItemOptions = z.input<typeof UpdateRoadmapItemOptionsSchema>;

/**
 * Edits owner, slot, success metric, measurement, A/B plan or dependencies; the grouped ones
 * (metric, measurement, plan) merge per field.
 */
export function updateRoadmapItem(
  doc: Y.Doc,
  options: UpdateRoadmapItemOptions,
): WriteResult<RoadmapItem> {
  const input = parseInput(UpdateRoadmapItemOptionsSchema, options);
  if (!input.ok) return input.result;
  const { itemId, ...patch } = input.value;
  return transactResult(doc, () => patchRecord(doc, "roadmap", itemId, patch));
}

const MoveRoadmapItemOptionsSchema = z.object({
  itemId: IdSchema,
  /** New rank, counted without the item itself. */
  index: z.optional(IndexSchema),
  /** New timeline lane; null takes it out of the timeline. */
  slot: z.optional(z.nullable(SlotSchema)),
});
export type MoveRoadmapItemOptions = z.input<typeof MoveRoadmapItemOptionsSchema>;

/** Reorders a roadmap item and/or drags it to another timeline lane. */
export function moveRoadmapItem(
  doc: Y.Doc,
  options: MoveRoadmapItemOptions,
): WriteResult<RoadmapItem> {
  const input = parseInput(MoveRoadmapItemOptionsSchema, options);
  if (!input.ok) return input.result;
  const { itemId, index, slot } = input.value;
  return transactResult(doc, () => {
    const order =
      index === undefined
        ? undefined
        : keyAtIndex(
            readSorted(doc, "roadmap", (item) => item.id !== itemId),
            index,
          );
    return patchRecord(doc, "roadmap", itemId, { order, slot });
  });
}

const RemoveFromRoadmapOptionsSchema = z.object({ itemId: IdSchema });
export type RemoveFromRoadmapOptions = z.input<typeof RemoveFromRoadmapOptionsSchema>;

export function removeFromRoadmap(
  doc: Y.Doc,
  options: RemoveFromRoadmapOptions,
): WriteResult<null> {
  const input = parseInput(RemoveFromRoadmapOptionsSchema, options);
  if (!input.ok) return input.result;
  const { itemId } = input.value;
  return transactResult(doc, () =>
    deleteRecord(doc, "roadmap", itemId) ? ok(null) : missing("roadmap", itemId),
  );
}

const AcceptRiskOptionsSchema = z.object({
  itemId: IdSchema,
  userId: IdSchema,
  /** Shown as "risk accepted by <name>"; kept so the summary still reads after people leave. */
  name: z
    .string()
    .check(z.trim(), z.minLength(1, { error: "Say who accepts the risk." }), z.maxLength(200)),
  now: NowSchema,
});
export type AcceptRiskOptions = z.input<typeof AcceptRiskOptionsSchema>;

/**
 * Records that `name` accepts the item's unmitigated high-severity risks as they stand now
 * (their ids are stored). Risks added later are not covered and block the item again.
 */
export function acceptRisk(doc: Y.Doc, options: AcceptRiskOptions): WriteResult<RoadmapItem> {
  const input = parseInput(AcceptRiskOptionsSchema, options);
  if (!input.ok) return input.result;
  const { itemId, userId, name, now } = input.value;
  return transactResult(doc, () => {
    const item = readRecord(doc, "roadmap", itemId);
    if (!item) return missing("roadmap", itemId);
    const risks = readRecords(doc, "risks");
    // Accept what blocks the item now, on top of anything accepted before.
    const open = blockingRisks({ item, risks }).map((risk) => risk.id);
    const riskIds = [...new Set([...(item.riskAcceptedBy?.riskIds ?? []), ...open])];
    const riskAcceptedBy = { userId, name, at: isoNow(now), riskIds };
    return patchRecord(doc, "roadmap", itemId, { riskAcceptedBy });
  });
}

const WithdrawRiskAcceptanceOptionsSchema = z.object({ itemId: IdSchema });
export type WithdrawRiskAcceptanceOptions = z.input<typeof WithdrawRiskAcceptanceOptionsSchema>;

/** Withdraws a risk acceptance; an item that it was letting through is no longer ready. */
export function withdrawRiskAcceptance(
  doc: Y.Doc,
  options: WithdrawRiskAcceptanceOptions,
): WriteResult<RoadmapItem> {
  const input = parseInput(WithdrawRiskAcceptanceOptionsSchema, options);
  if (!input.ok) return input.result;
  const { itemId } = input.value;
  return transactResult(doc, () => {
    const item = readRecord(doc, "roadmap", itemId);
    if (!item) return missing("roadmap", itemId);
    const risks = readRecords(doc, "risks");
    const blocked = blockingRisks({ item: { ...item, riskAcceptedBy: null }, risks }).length > 0;
    return patchRecord(doc, "roadmap", itemId, {
      riskAcceptedBy: null,
      ready: item.ready && !blocked,
    });
  });
}

const MarkRoadmapItemReadyOptionsSchema = z.object({
  itemId: IdSchema,
  ready: z._default(z.boolean(), true),
});
export type MarkRoadmapItemReadyOptions = z.input<typeof MarkRoadmapItemReadyOptionsSchema>;

/**
 * Marks an item ready (or not). The ethics gate: marking ready is refused with an "ethics-gate"
 * error while the scenario has an unmitigated high-severity risk that nobody has accepted, or
 * while its ethics review has a concern unanswered or answered "Needs work".
 */
export function markRoadmapItemReady(
  doc: Y.Doc,
  options: MarkRoadmapItemReadyOptions,
): WriteResult<RoadmapItem> {
  const input = parseInput(MarkRoadmapItemReadyOptionsSchema, options);
  if (!input.ok) return input.result;
  const { itemId, ready } = input.value;
  return transactResult(doc, () => {
    const item = readRecord(doc, "roadmap", itemId);
    if (!item) return missing("roadmap", itemId);
    if (ready) {
      const blockers = readinessBlockers({ item, risks: readRecords(doc, "risks") });
      if (isBlocked(blockers)) {
        const reasons = [
          blockers.risks.length > 0
            ? "This item has a high-severity risk without a mitigation. Add a mitigation or record who accepts the risk before marking it ready."
            : null,
          blockers.review.length > 0
            ? `Its ethics review is not complete (${ethicsGapText(blockers.review)}). Answer every concern, none with "Needs work", before marking it ready.`
            : null,
        ];
        return {
          ok: false,
          error: {
            code: "ethics-gate",
            message: reasons.filter((reason) => reason !== null).join(" "),
            riskIds: blockers.risks.map((risk) => risk.id),
          },
        };
      }
    }
    return patchRecord(doc, "roadmap", itemId, { ready });
  });
}
