"use client";

import type * as Y from "yjs";
import { buttonStyles } from "@/components/ui/button-styles";
import { classifyQuadrant, priorityScore, QUADRANT_LABELS } from "@/lib/documents/quadrant";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { selectIdeas } from "@/lib/documents/selectors";
import { useClosedVoteCounts } from "@/components/facilitation/use-closed-vote-counts";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { addToRoadmap } from "@/lib/documents/roadmap";
import { ROADMAP_PROPOSAL_SIZE, proposeRoadmapCandidates } from "@/lib/documents/roadmap-proposal";

type RoadmapProposalProps = {
  doc: Y.Doc;
  board: BoardSnapshot;
  onAnnounce: (message: string) => void;
};

/** The quick wins the matrix suggests, for the team to accept as a whole or one by one. */
export function RoadmapProposal({ doc, board, onAnnounce }: RoadmapProposalProps) {
  const { docs } = useWorkshopRoom();
  const votes = useClosedVoteCounts(doc, docs.control);
  const onRoadmap = new Set(board.roadmap.map((item) => item.scenarioId));
  const room = ROADMAP_PROPOSAL_SIZE.max - board.roadmap.length;
  const candidateIds =
    room > 0
      ? proposeRoadmapCandidates({
          scenarios: board.scenarios,
          exclude: onRoadmap,
          votes,
          min: Math.max(0, ROADMAP_PROPOSAL_SIZE.min - board.roadmap.length),
          max: room,
        })
      : [];
  const byId = new Map(board.scenarios.map((scenario) => [scenario.id, scenario]));
  const candidates = candidateIds.flatMap((id) => {
    const scenario = byId.get(id);
    return scenario?.matrix ? [{ ...scenario, matrix: scenario.matrix }] : [];
  });
  const placed = selectIdeas(board).some((scenario) => scenario.matrix !== null);

  if (candidates.length === 0) {
    if (board.roadmap.length > 0) return null;
    return (
      <p className="rounded-md border border-dashed border-slate-300 bg-white px-4 py-3 text-sm text-slate-700">
        {placed
          ? "No scenario sits in the quick wins, big bets or fill-ins yet, so there is nothing to propose. Revisit the matrix in step 6."
          : "Nothing is on the matrix yet. Place scenarios in step 6, Prioritize, and the strongest quick wins will be proposed here."}
      </p>
    );
  }

  // Exactly the list shown (dots included), in its order.
  const accept = () => {
    const added = candidates.filter((c) => addToRoadmap(doc, { scenarioId: c.id }).ok).length;
    onAnnounce(`Added ${added} proposed items to the roadmap.`);
  };

  return (
    <section
      aria-labelledby="roadmap-proposal-heading"
      className="border-brand-100 flex flex-col gap-3 rounded-lg border bg-white p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h3 id="roadmap-proposal-heading" className="text-lg font-semibold">
          Proposed from the matrix
        </h3>
        <button type="button" className={buttonStyles.primary} onClick={accept}>
          Accept the proposal
        </button>
      </div>
      <p className="text-sm text-slate-600">
        The best-scoring quick wins (value × feasibility), topped up from the big bets when there
        are fewer than {ROADMAP_PROPOSAL_SIZE.min}. Accept them all, or add the ones you agree on.
      </p>
      <ol aria-label="Proposed items" className="flex flex-col gap-2">
        {candidates.map((scenario, index) => {
          const quadrant = classifyQuadrant(scenario.matrix);
          const text = scenario.text.trim() || "Untitled scenario";
          return (
            <li
              key={scenario.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-md bg-slate-50 px-3 py-2"
            >
              <span className="flex min-w-0 flex-col">
                <span className="font-medium">
                  {board.roadmap.length + index + 1}. {text}
                </span>
                <span className="text-xs text-slate-600">
                  {QUADRANT_LABELS[quadrant]} · value {scenario.matrix.value.toFixed(2)} ×
                  feasibility {scenario.matrix.feasibility.toFixed(2)} ={" "}
                  {priorityScore(scenario.matrix).toFixed(2)}
                </span>
              </span>
              <button
                type="button"
                className={buttonStyles.secondary}
                aria-label={`Add “${text}” to the roadmap`}
                onClick={() => {
                  const result = addToRoadmap(doc, { scenarioId: scenario.id });
                  if (result.ok) onAnnounce(`Added “${text}” to the roadmap.`);
                }}
              >
                Add
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
