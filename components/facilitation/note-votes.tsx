"use client";

import { useState } from "react";
import type { VoteStep } from "@/lib/documents/votes";
import { useVoting, votesLabel } from "./use-voting";

type NoteVotesProps = { step: VoteStep; scenarioId: string; label: string };

/**
 * The dots on one scenario: + and − while the vote is open, and the group's count once results
 * may be shown. While results are hidden, only this person's own dots are shown.
 */
export function NoteVotes({ step, scenarioId, label }: NoteVotesProps) {
  const { round, tally, canVote, showResults, cast, retract } = useVoting(step);
  const [error, setError] = useState<string | null>(null);
  if (!round || !tally) return null;
  const mine = tally.mine.get(scenarioId) ?? 0;
  const total = tally.counts.get(scenarioId) ?? 0;

  function run(result: { ok: true } | { ok: false; error: { message: string } }) {
    setError(result.ok ? null : result.error.message);
  }

  return (
    <div
      className="flex flex-wrap items-center gap-1 text-xs text-slate-800"
      data-testid="note-votes"
    >
      {showResults ? (
        <span className="rounded bg-white/80 px-1.5 py-0.5 font-semibold" data-testid="vote-count">
          {votesLabel(total)}
        </span>
      ) : null}
      {round.status === "open" ? (
        <>
          <span className="px-1" data-testid="my-votes">
            Yours: {mine}
          </span>
          <button
            type="button"
            disabled={!canVote || mine === 0}
            aria-label={`Take back a vote from ${label}`}
            onClick={() => run(retract(scenarioId))}
            className="size-6 rounded border border-slate-400 bg-white font-bold hover:bg-slate-100 disabled:opacity-50"
          >
            −
          </button>
          <button
            type="button"
            disabled={!canVote || tally.remaining === 0 || mine >= round.maxPerNote}
            aria-label={`Vote for ${label}`}
            onClick={() => run(cast(scenarioId))}
            className="size-6 rounded border border-slate-400 bg-white font-bold hover:bg-slate-100 disabled:opacity-50"
          >
            +
          </button>
        </>
      ) : null}
      {error ? (
        <span role="alert" className="text-red-800">
          {error}
        </span>
      ) : null}
    </div>
  );
}
