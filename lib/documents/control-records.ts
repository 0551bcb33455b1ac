import * as z from "zod/mini";
import { StepIdSchema } from "./steps";
import { IdSchema } from "./write";

// One zod schema per value kept in the control doc (see control-layout.ts for the keys). Values
// are plain JSON written whole, so a value either parses or reads as its default.

const MINUTE_MS = 60_000;
export const MAX_TIMER_MS = 8 * 60 * MINUTE_MS;

/**
 * The step timer lives in the control doc as an end time, not a ticking counter: everyone
 * derives the remaining time from their clock, and a refresh or late join shows the same value.
 */
export const StepTimerSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("running"), step: StepIdSchema, endsAt: z.int() }),
  z.object({
    status: z.enum(["idle", "paused"]),
    step: StepIdSchema,
    remainingMs: z.int().check(z.gte(0), z.lte(MAX_TIMER_MS)),
  }),
]);
export type StepTimer = z.infer<typeof StepTimerSchema>;

export const VOTE_STEPS = ["scenarios", "prioritize"] as const;
export const VoteStepSchema = z.enum(VOTE_STEPS);
export type VoteStep = z.infer<typeof VoteStepSchema>;

export const MAX_VOTES_PER_PERSON = 20;

export const VoteRoundSchema = z.object({
  id: IdSchema,
  step: VoteStepSchema,
  votesPerPerson: z.int().check(z.gte(1), z.lte(MAX_VOTES_PER_PERSON)),
  maxPerNote: z.int().check(z.gte(1), z.lte(MAX_VOTES_PER_PERSON)),
  /** Tallies stay hidden (each person sees only their own dots) until the vote closes. */
  hideResults: z.boolean(),
  status: z.enum(["open", "closed"]),
});
export type VoteRound = z.infer<typeof VoteRoundSchema>;

export const BlindRoundSchema = z.object({
  id: IdSchema,
  status: z.enum(["placing", "revealed"]),
});
export type BlindRound = z.infer<typeof BlindRoundSchema>;

/** Milliseconds spent on each step before the current visit, by step id. */
export const AgendaSpentSchema = z.record(z.string(), z.int().check(z.gte(0)));
