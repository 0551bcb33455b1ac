import type * as Y from "yjs";
import * as z from "zod/mini";
import { deleteControlValue, readControlValue, writeControlValue } from "./control-layout";
import type { BlindRound } from "./control-records";
import { clampUnit } from "./quadrant";
import { MatrixPositionSchema, type MatrixPosition } from "./records";
import { ok, parseInput, type WriteResult } from "./result";
import { newId } from "./ids";
import { BLIND_PLACEMENTS_MAP, parsePlacementKey, placementKey } from "./vote-keys";
import { IdSchema, transactResult } from "./write";

// Blind placement on step 6: everyone places the ideas on a private matrix, then the facilitator
// reveals them all at once.
//
//   control doc  getMap("control").get("blindPlacement") → BlindRound (facilitators only)
//   board doc    getMap("blindPlacements") → "<roundId>/<userId>/<scenarioId>" → BlindPlacement
//
// While the round is "placing", a person's placements never leave their browser (the UI keeps
// them in localStorage, keyed by round and person): participants cannot write the control doc,
// and anything in the board doc reaches every member, so the board doc must not see them yet.
// When the round turns "revealed", each client publishes its own placements. Trade-off: someone
// who is offline at the reveal shows up when they reconnect (or reopen the page on that device),
// and a placement made on one device is not on the person's other devices.

export { BLIND_PLACEMENTS_MAP };
export type { BlindRound };

export const BlindPlacementSchema = z.extend(MatrixPositionSchema, {
  /** The person's team function when they published (engineering, marketing, legal…). */
  function: z.string().check(z.maxLength(64)),
});
export type BlindPlacement = z.infer<typeof BlindPlacementSchema>;

export type RevealedPlacement = BlindPlacement & { userId: string; scenarioId: string };

function placementsMap(board: Y.Doc): Y.Map<unknown> {
  return board.getMap<unknown>(BLIND_PLACEMENTS_MAP);
}

/** The blind round on step 6, or null when none is running. */
export function readBlindRound(control: Y.Doc): BlindRound | null {
  return readControlValue(control, "blindPlacement");
}

/** Starts a new blind round (facilitators only). */
export function startBlindRound(control: Y.Doc): WriteResult<BlindRound> {
  const round: BlindRound = { id: newId(), status: "placing" };
  return transactResult(control, () => {
    writeControlValue(control, "blindPlacement", round);
    return ok(round);
  });
}

/** Reveals the running round: every client then publishes its placements. */
export function revealBlindRound(control: Y.Doc): WriteResult<BlindRound> {
  const current = readBlindRound(control);
  if (!current) {
    return { ok: false, error: { code: "not-found", message: "No blind round is running." } };
  }
  const revealed: BlindRound = { ...current, status: "revealed" };
  return transactResult(control, () => {
    writeControlValue(control, "blindPlacement", revealed);
    return ok(revealed);
  });
}

/** Ends the round; its published placements stay in the board doc but are no longer shown. */
export function endBlindRound(control: Y.Doc): WriteResult<null> {
  return transactResult(control, () => {
    deleteControlValue(control, "blindPlacement");
    return ok(null);
  });
}

const PublishOptionsSchema = z.object({
  roundId: IdSchema,
  userId: IdSchema,
  function: z.string().check(z.maxLength(64)),
  /** scenarioId → position; coordinates are clamped into 0–1. */
  placements: z.record(IdSchema, z.object({ value: z.number(), feasibility: z.number() })),
});
export type PublishBlindPlacementsOptions = z.input<typeof PublishOptionsSchema>;

/**
 * Writes one person's private placements into the board doc after the reveal. Idempotent: a
 * placement already there with the same position is left alone.
 */
export function publishBlindPlacements(
  board: Y.Doc,
  options: PublishBlindPlacementsOptions,
): WriteResult<number> {
  const input = parseInput(PublishOptionsSchema, options);
  if (!input.ok) return input.result;
  const { roundId, userId, placements } = input.value;
  const map = placementsMap(board);
  const changes = Object.entries(placements).flatMap(([scenarioId, position]) => {
    const key = placementKey(roundId, userId, scenarioId);
    const next: BlindPlacement = {
      value: clampUnit(position.value),
      feasibility: clampUnit(position.feasibility),
      function: input.value.function,
    };
    const stored = BlindPlacementSchema.safeParse(map.get(key));
    const same =
      stored.success &&
      stored.data.value === next.value &&
      stored.data.feasibility === next.feasibility &&
      stored.data.function === next.function;
    return same ? [] : [{ key, next }];
  });
  if (changes.length === 0) return ok(0);
  return transactResult(board, () => {
    for (const { key, next } of changes) map.set(key, next);
    return ok(changes.length);
  });
}

/** Whether this person's placements for the round are all in the board doc already. */
export function hasPublished(
  board: Y.Doc,
  options: { roundId: string; userId: string; scenarioIds: readonly string[] },
): boolean {
  const map = placementsMap(board);
  return options.scenarioIds.every((id) =>
    map.has(placementKey(options.roundId, options.userId, id)),
  );
}

/** Everyone's published placements in a round. */
export function readRevealedPlacements(board: Y.Doc, roundId: string): RevealedPlacement[] {
  const placements: RevealedPlacement[] = [];
  for (const [key, value] of placementsMap(board).entries()) {
    const parsedKey = parsePlacementKey(key);
    if (!parsedKey || parsedKey.roundId !== roundId) continue;
    const { userId, scenarioId } = parsedKey;
    const parsed = BlindPlacementSchema.safeParse(value);
    if (parsed.success) placements.push({ ...parsed.data, userId, scenarioId });
  }
  return placements;
}

/** Subscribes to published placements; for useSyncExternalStore. */
export function subscribeBlindPlacements(board: Y.Doc, listener: () => void): () => void {
  const map = placementsMap(board);
  const onChange = (): void => listener();
  map.observe(onChange);
  return () => map.unobserve(onChange);
}

export type ScenarioSpread = {
  scenarioId: string;
  placements: RevealedPlacement[];
  /** The widest distance between two people's placements, 0 (all agree) to 1 (opposite corners). */
  spread: number;
  /** The average position: a starting point for the consensus. */
  mean: MatrixPosition;
};

const DIAGONAL = Math.SQRT2;

/**
 * Groups placements by scenario with each one's spread, widest first (ties: more placements
 * first, then by id so the order is stable on every screen).
 */
export function computeSpreads(placements: readonly RevealedPlacement[]): ScenarioSpread[] {
  const byScenario = new Map<string, RevealedPlacement[]>();
  for (const placement of placements) {
    const list = byScenario.get(placement.scenarioId) ?? [];
    list.push(placement);
    byScenario.set(placement.scenarioId, list);
  }
  const spreads: ScenarioSpread[] = [];
  for (const [scenarioId, list] of byScenario) {
    let widest = 0;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (!a || !b) continue;
        widest = Math.max(widest, Math.hypot(a.value - b.value, a.feasibility - b.feasibility));
      }
    }
    const mean = {
      value: list.reduce((sum, p) => sum + p.value, 0) / list.length,
      feasibility: list.reduce((sum, p) => sum + p.feasibility, 0) / list.length,
    };
    const sorted = [...list].sort((a, b) => a.userId.localeCompare(b.userId));
    spreads.push({ scenarioId, placements: sorted, spread: widest / DIAGONAL, mean });
  }
  return spreads.sort(
    (a, b) =>
      b.spread - a.spread ||
      b.placements.length - a.placements.length ||
      a.scenarioId.localeCompare(b.scenarioId),
  );
}
