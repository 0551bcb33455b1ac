import type * as Y from "yjs";
import { readVoteRound, tallyVotes, type VoteStep } from "./votes";

// The prioritize vote is the later, better-informed one, so it wins when both were held.
const PREFERENCE: readonly VoteStep[] = ["prioritize", "scenarios"];

/**
 * Dots per scenario from the most relevant closed vote, for the summary and exports; null when
 * no vote was closed (an open vote's results may still be hidden from the team).
 */
export function finalVoteCounts(board: Y.Doc, control: Y.Doc): Record<string, number> | null {
  for (const step of PREFERENCE) {
    const round = readVoteRound(control, step);
    if (round?.status !== "closed") continue;
    return Object.fromEntries(tallyVotes(board, round, "").counts);
  }
  return null;
}
