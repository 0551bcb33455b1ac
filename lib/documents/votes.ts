import type * as Y from "yjs";
import * as z from "zod/mini";
import {
  deleteVoteRoundValue,
  readVoteRoundValue,
  writeVoteRoundValue,
} from "./control-layout";
import {
  MAX_VOTES_PER_PERSON,
  VOTE_STEPS,
  VoteStepSchema,
  type VoteRound,
  type VoteStep,
} from "./control-records";
import { ok, parseInput, type WriteResult } from "./result";
import { newId } from "./ids";
import { dotKey, parseDotKey, VOTES_MAP } from "./vote-keys";
import { IdSchema, transactResult } from "./write";

// Dot voting, split across the two docs by who may write them:
//
//   control doc  getMap("control").get("vote.<step>") → VoteRound (facilitators only): the
//                settings and open/closed status of the vote on that step.
//   board doc    getMap("votes") → "<roundId>/<voterId>/<slot>" → scenarioId, one entry per dot.
//
// A voter owns the slots 0 … votesPerPerson-1 of a round. Two people never write the same key, so
// concurrent votes from different people always all survive (no shared counter to race on). Two
// tabs of one person can both pick the same free slot; the last writer wins, so that person
// loses one dot but can never exceed the budget. The per-note cap is applied again when counting
// (lowest slots first), so two tabs racing past it cannot inflate a tally either.
//
// Trade-off: participants cannot write the control doc, so votes live in the board doc, which
// every member receives. "Hide results" therefore hides the tallies in the UI; it is not secrecy
// from someone reading the Yjs state in devtools. Writing is guarded: the realtime server refuses
// any update that writes, overwrites or deletes a dot whose key names someone else
// (lib/realtime/server/write-policy/per-person-keys.ts). While anonymous mode is on, a person's
// dots carry their per-workshop pseudonym (lib/documents/vote-pseudonym.ts) as the voterId.

export { MAX_VOTES_PER_PERSON, VOTE_STEPS, type VoteRound, type VoteStep };

function votesMap(board: Y.Doc): Y.Map<unknown> {
  return board.getMap<unknown>(VOTES_MAP);
}

/** The vote on `step`, or null when the facilitator has not opened one. */
export function readVoteRound(control: Y.Doc, step: VoteStep): VoteRound | null {
  return readVoteRoundValue(control, step);
}

const OpenVoteOptionsSchema = z
  .object({
    step: VoteStepSchema,
    votesPerPerson: z.int().check(z.gte(1), z.lte(MAX_VOTES_PER_PERSON)),
    maxPerNote: z.int().check(z.gte(1), z.lte(MAX_VOTES_PER_PERSON)),
    hideResults: z.boolean(),
  })
  .check(
    z.refine((options) => options.maxPerNote <= options.votesPerPerson, {
      error: "Votes per note cannot exceed votes per person.",
      path: ["maxPerNote"],
    }),
  );
export type OpenVoteOptions = z.input<typeof OpenVoteOptionsSchema>;

/** Starts a fresh vote on a step (facilitators only); earlier dots on that step stop counting. */
export function openVote(control: Y.Doc, options: OpenVoteOptions): WriteResult<VoteRound> {
  const input = parseInput(OpenVoteOptionsSchema, options);
  if (!input.ok) return input.result;
  const round: VoteRound = { id: newId(), status: "open", ...input.value };
  return transactResult(control, () => {
    writeVoteRoundValue(control, round);
    return ok(round);
  });
}

const StepOptionsSchema = z.object({ step: VoteStepSchema });
export type CloseVoteOptions = z.input<typeof StepOptionsSchema>;

function refused<T>(message: string): WriteResult<T> {
  return { ok: false, error: { code: "not-found", message } };
}

/** Closes the vote on a step: no more dots, and the results show to everyone. */
export function closeVote(control: Y.Doc, options: CloseVoteOptions): WriteResult<VoteRound> {
  const input = parseInput(StepOptionsSchema, options);
  if (!input.ok) return input.result;
  const round = readVoteRound(control, input.value.step);
  if (!round) return refused("There is no vote on this step.");
  const closed: VoteRound = { ...round, status: "closed" };
  return transactResult(control, () => {
    writeVoteRoundValue(control, closed);
    return ok(closed);
  });
}

/** Ends the vote on a step altogether (its dots stay in the board doc but no longer count). */
export function clearVote(control: Y.Doc, options: CloseVoteOptions): WriteResult<null> {
  const input = parseInput(StepOptionsSchema, options);
  if (!input.ok) return input.result;
  return transactResult(control, () => {
    deleteVoteRoundValue(control, input.value.step);
    return ok(null);
  });
}

type Dot = { voterId: string; slot: number; scenarioId: string };

/** The dots of a round that count, by the round's rules (budget, then per-note cap). */
function countedDots(board: Y.Doc, round: VoteRound): Dot[] {
  const byVoter = new Map<string, Dot[]>();
  for (const [key, value] of votesMap(board).entries()) {
    const parsed = parseDotKey(key);
    if (!parsed || parsed.roundId !== round.id || typeof value !== "string") continue;
    if (parsed.slot >= round.votesPerPerson) continue;
    const dots = byVoter.get(parsed.voterId) ?? [];
    dots.push({ voterId: parsed.voterId, slot: parsed.slot, scenarioId: value });
    byVoter.set(parsed.voterId, dots);
  }
  const counted: Dot[] = [];
  for (const dots of byVoter.values()) {
    dots.sort((a, b) => a.slot - b.slot);
    const perNote = new Map<string, number>();
    for (const dot of dots) {
      const used = perNote.get(dot.scenarioId) ?? 0;
      if (used >= round.maxPerNote) continue;
      perNote.set(dot.scenarioId, used + 1);
      counted.push(dot);
    }
  }
  return counted;
}

export type VoteTally = {
  /** scenarioId → counted dots from everyone. */
  counts: ReadonlyMap<string, number>;
  /** scenarioId → this voter's own counted dots. */
  mine: ReadonlyMap<string, number>;
  /** How many of this voter's dots are still free. */
  remaining: number;
  /** How many people have cast at least one dot. */
  voters: number;
};

/** Everyone's and one voter's counted dots in a round. */
export function tallyVotes(board: Y.Doc, round: VoteRound, voterId: string): VoteTally {
  const counts = new Map<string, number>();
  const mine = new Map<string, number>();
  const voters = new Set<string>();
  for (const dot of countedDots(board, round)) {
    counts.set(dot.scenarioId, (counts.get(dot.scenarioId) ?? 0) + 1);
    voters.add(dot.voterId);
    if (dot.voterId === voterId) mine.set(dot.scenarioId, (mine.get(dot.scenarioId) ?? 0) + 1);
  }
  let used = 0;
  for (const count of mine.values()) used += count;
  return { counts, mine, remaining: Math.max(0, round.votesPerPerson - used), voters: voters.size };
}

const VoteOptionsSchema = z.object({ voterId: IdSchema, scenarioId: IdSchema });
export type CastVoteOptions = z.input<typeof VoteOptionsSchema>;

/** This voter's raw slots in a round (slot → scenarioId), counted or not. */
function voterSlots(board: Y.Doc, round: VoteRound, voterId: string): Map<number, string> {
  const slots = new Map<number, string>();
  for (let slot = 0; slot < round.votesPerPerson; slot++) {
    const value = votesMap(board).get(dotKey(round.id, voterId, slot));
    if (typeof value === "string") slots.set(slot, value);
  }
  return slots;
}

function invalid<T>(message: string): WriteResult<T> {
  return { ok: false, error: { code: "invalid-input", message, issues: [message] } };
}

/** Puts one of the voter's dots on a scenario, refusing when the vote is closed or a limit is hit. */
export function castVote(
  board: Y.Doc,
  round: VoteRound | null,
  options: CastVoteOptions,
): WriteResult<number> {
  const input = parseInput(VoteOptionsSchema, options);
  if (!input.ok) return input.result;
  const { voterId, scenarioId } = input.value;
  if (!round || round.status !== "open") return invalid("Voting is not open.");
  const slots = voterSlots(board, round, voterId);
  const onNote = [...slots.values()].filter((id) => id === scenarioId).length;
  if (onNote >= round.maxPerNote) {
    return invalid(
      `At most ${round.maxPerNote} ${round.maxPerNote === 1 ? "vote" : "votes"} per note.`,
    );
  }
  let free = -1;
  for (let slot = 0; slot < round.votesPerPerson; slot++) {
    if (!slots.has(slot)) {
      free = slot;
      break;
    }
  }
  if (free === -1) return invalid("You have used all your votes.");
  return transactResult(board, () => {
    votesMap(board).set(dotKey(round.id, voterId, free), scenarioId);
    return ok(free);
  });
}

/** Takes back one of the voter's dots from a scenario (the most recently filled slot). */
export function retractVote(
  board: Y.Doc,
  round: VoteRound | null,
  options: CastVoteOptions,
): WriteResult<number> {
  const input = parseInput(VoteOptionsSchema, options);
  if (!input.ok) return input.result;
  const { voterId, scenarioId } = input.value;
  if (!round || round.status !== "open") return invalid("Voting is not open.");
  const slots = [...voterSlots(board, round, voterId).entries()]
    .filter(([, id]) => id === scenarioId)
    .map(([slot]) => slot);
  const last = slots.length > 0 ? Math.max(...slots) : -1;
  if (last === -1) return invalid("You have no vote on this note.");
  return transactResult(board, () => {
    votesMap(board).delete(dotKey(round.id, voterId, last));
    return ok(last);
  });
}

/** Subscribes to dots being cast or taken back; for useSyncExternalStore. */
export function subscribeVotes(board: Y.Doc, listener: () => void): () => void {
  const map = votesMap(board);
  const onChange = (): void => listener();
  map.observe(onChange);
  return () => map.unobserve(onChange);
}
