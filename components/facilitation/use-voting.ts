"use client";

import { useCallback } from "react";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { useControl } from "@/lib/documents/use-control";
import { useVoteRound, useVoteTally } from "@/lib/documents/use-votes";
import {
  castVote,
  retractVote,
  type VoteRound,
  type VoteStep,
  type VoteTally,
} from "@/lib/documents/votes";
import type { WriteResult } from "@/lib/documents/result";

export type Voting = {
  round: VoteRound | null;
  tally: VoteTally | null;
  /** This person may put dots down now (vote open, not an observer, board not locked). */
  canVote: boolean;
  /** Everyone's counts may be shown: the vote is closed, or open with visible results. */
  showResults: boolean;
  cast: (scenarioId: string) => WriteResult<number>;
  retract: (scenarioId: string) => WriteResult<number>;
};

/** The vote on a step as this person sees it, with their cast and take-back actions. */
export function useVoting(step: VoteStep): Voting {
  const { docs, role, voterId } = useWorkshopRoom();
  const { locked } = useControl(docs.control);
  const round = useVoteRound(docs.control, step);
  const tally = useVoteTally(docs.board, round, voterId);
  const cast = useCallback(
    (scenarioId: string) => castVote(docs.board, round, { voterId, scenarioId }),
    [docs.board, round, voterId],
  );
  const retract = useCallback(
    (scenarioId: string) => retractVote(docs.board, round, { voterId, scenarioId }),
    [docs.board, round, voterId],
  );
  return {
    round,
    tally,
    canVote: round?.status === "open" && role !== "observer" && !locked,
    showResults: round !== null && (round.status === "closed" || !round.hideResults),
    cast,
    retract,
  };
}

/** "3 votes" / "1 vote". */
export function votesLabel(count: number): string {
  return `${count} ${count === 1 ? "vote" : "votes"}`;
}

// Warmer with more votes; the count is always written next to it, so colour is never the only cue.
const TINTS = ["", "bg-amber-200", "bg-orange-200", "bg-orange-300", "bg-rose-300"] as const;

/** A background class for a note with `count` of the top note's `max` votes. */
export function voteTint(count: number, max: number): string {
  if (count <= 0 || max <= 0) return "";
  const level = Math.min(TINTS.length - 1, Math.ceil((count / max) * (TINTS.length - 1)));
  return TINTS[level] ?? "";
}

/** The note's vote tint once results may be shown ("" otherwise or without votes). */
export function useVoteTint(step: VoteStep, scenarioId: string): string {
  const { tally, showResults } = useVoting(step);
  if (!showResults || !tally) return "";
  let max = 0;
  for (const count of tally.counts.values()) max = Math.max(max, count);
  return voteTint(tally.counts.get(scenarioId) ?? 0, max);
}
