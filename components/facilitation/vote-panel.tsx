"use client";

import { useId, useMemo, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { noteLabel } from "@/lib/documents/note-label";
import { useBoardSelector } from "@/lib/documents/use-board";
import { clearVote, closeVote, openVote, type VoteStep } from "@/lib/documents/votes";
import { NoteVotes } from "./note-votes";
import { useVoting, voteTint, votesLabel } from "./use-voting";

const selectScenarios = (snapshot: BoardSnapshot) => snapshot.scenarios;

function shortLabel(text: string): string {
  return noteLabel(text, { fallback: "empty scenario", length: "long" });
}

type VotePanelProps = {
  step: VoteStep;
  /** Show a vote button per scenario here (step 6); on step 4 people vote on the notes. */
  voteInList: boolean;
  /** One line in a board's toolbar (step 4), not a card: the wall starts higher. */
  compact?: boolean;
};

/**
 * Dot voting for one step: the facilitator's settings and open/close buttons, each person's
 * remaining dots, and, once results may be shown, the scenarios ranked by votes.
 */
export function VotePanel({ step, voteInList, compact = false }: VotePanelProps) {
  const { role } = useWorkshopRoom();
  const voting = useVoting(step);
  const { round, tally, showResults } = voting;
  if (role !== "facilitator" && !round) return null;

  return (
    <section
      aria-label="Dot voting"
      className={
        compact
          ? "flex flex-wrap items-center gap-x-2 gap-y-1.5 text-sm"
          : "flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-3 text-sm"
      }
    >
      <h3 className="font-semibold">Dot voting</h3>
      {role === "facilitator" ? <VoteSettings step={step} compact={compact} /> : null}
      {round && tally ? (
        <p role="status" className="text-slate-700" data-testid="vote-status">
          {round.status === "open"
            ? `Voting is open: you have ${tally.remaining} of ${round.votesPerPerson} votes left (at most ${round.maxPerNote} per idea).${round.hideResults ? " Results stay hidden until the facilitator closes the vote." : ""}`
            : `Voting is closed: ${tally.voters} ${tally.voters === 1 ? "person" : "people"} voted.`}
        </p>
      ) : null}
      {round && (voteInList || showResults) ? (
        <div className={compact ? "w-full" : undefined}>
          <VoteList step={step} voteInList={voteInList} />
        </div>
      ) : null}
    </section>
  );
}

function VoteList({ step, voteInList }: VotePanelProps) {
  const { docs } = useWorkshopRoom();
  const scenarios = useBoardSelector(docs.board, selectScenarios);
  const { round, tally, showResults } = useVoting(step);
  const ranked = useMemo(() => {
    const counts = tally?.counts;
    const list = scenarios.map((scenario) => ({
      id: scenario.id,
      text: scenario.text,
      count: counts?.get(scenario.id) ?? 0,
    }));
    // Sort by votes only when everyone may see them; hidden results keep the board order.
    return showResults ? [...list].sort((a, b) => b.count - a.count) : list;
  }, [scenarios, tally, showResults]);
  if (!round) return null;
  const max = ranked.reduce((top, item) => Math.max(top, item.count), 0);
  const closed = round.status === "closed";
  if (!voteInList && !closed && !showResults) return null;

  return (
    <ol
      aria-label={showResults ? "Ideas by votes, most first" : "Ideas to vote on"}
      className="flex flex-col gap-1"
      data-testid="vote-results"
    >
      {ranked.map((item) => (
        <li
          key={item.id}
          data-testid="vote-result"
          className={`flex flex-wrap items-center gap-2 rounded border border-slate-200 px-2 py-1 ${
            showResults ? voteTint(item.count, max) : ""
          }`}
        >
          <span className="min-w-0 flex-1 break-words">{item.text.trim() || "Empty scenario"}</span>
          {voteInList ? (
            <NoteVotes step={step} scenarioId={item.id} label={shortLabel(item.text)} />
          ) : (
            <span className="font-semibold" data-testid="vote-count">
              {votesLabel(item.count)}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

function VoteSettings({ step, compact }: { step: VoteStep; compact: boolean }) {
  const { docs } = useWorkshopRoom();
  const { round } = useVoting(step);
  const id = useId();
  const [perPerson, setPerPerson] = useState(3);
  const [perNote, setPerNote] = useState(1);
  const [hide, setHide] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const labelStyle = compact ? "flex items-center gap-1.5" : "flex flex-col gap-1";
  const inputStyle = `${compact ? "w-14 py-0.5" : "w-24 py-1"} rounded border border-slate-300 px-2`;

  if (round?.status === "open") {
    return (
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={compact ? buttonStyles.toolPrimary : buttonStyles.primary}
          onClick={() => closeVote(docs.control, { step })}
        >
          Close vote and show results
        </button>
      </div>
    );
  }

  return (
    <form
      aria-label="Open a vote"
      className={`flex flex-wrap ${compact ? "items-center gap-2" : "items-end gap-3"}`}
      onSubmit={(event) => {
        event.preventDefault();
        const result = openVote(docs.control, {
          step,
          votesPerPerson: perPerson,
          maxPerNote: perNote,
          hideResults: hide,
        });
        setError(result.ok ? null : result.error.message);
      }}
    >
      <label className={labelStyle} htmlFor={`${id}-per-person`}>
        Votes per person
        <input
          id={`${id}-per-person`}
          type="number"
          min={1}
          max={20}
          value={perPerson}
          onChange={(event) => setPerPerson(Number(event.target.value))}
          className={inputStyle}
        />
      </label>
      <label className={labelStyle} htmlFor={`${id}-per-note`}>
        Max votes per idea
        <input
          id={`${id}-per-note`}
          type="number"
          min={1}
          max={20}
          value={perNote}
          onChange={(event) => setPerNote(Number(event.target.value))}
          className={inputStyle}
        />
      </label>
      <label className={`flex items-center gap-2 ${compact ? "" : "pb-1"}`}>
        <input type="checkbox" checked={hide} onChange={(event) => setHide(event.target.checked)} />
        Hide results until closed
      </label>
      <button type="submit" className={compact ? buttonStyles.toolPrimary : buttonStyles.primary}>
        {round ? "Start a new vote" : "Open vote"}
      </button>
      {round ? (
        <button
          type="button"
          className={compact ? buttonStyles.tool : buttonStyles.secondary}
          onClick={() => clearVote(docs.control, { step })}
        >
          Clear results
        </button>
      ) : null}
      {error ? (
        <p role="alert" className="w-full text-red-800">
          {error}
        </p>
      ) : null}
    </form>
  );
}
