"use client";

import { memo, useMemo, useState } from "react";
import { QUADRANT_LABELS } from "@/lib/documents/quadrant";
import { proposeRoadmapCandidates } from "@/lib/documents/roadmap-proposal";
import type { RiskCounts } from "@/lib/documents/warnings";
import type { PlacedIdea } from "./matrix-board";
import { toPercent } from "./matrix-geometry";
import { shortText } from "./matrix-copy";
import { rankIdeas } from "./rank-ideas";
import { describeRisks } from "./risk-badges";

type MatrixRankingProps = {
  placed: readonly PlacedIdea[];
  riskCounts: ReadonlyMap<string, RiskCounts>;
  /** Dots from a closed vote: they break ties in the shortlist. */
  votes: ReadonlyMap<string, number>;
};

/**
 * The matrix as words: which ideas the roadmap step will propose, and a table of every placed
 * idea in ranked order (also the way to read the matrix without seeing it).
 */
export const MatrixRanking = memo(function MatrixRanking({
  placed,
  riskCounts,
  votes,
}: MatrixRankingProps) {
  const [open, setOpen] = useState(false);
  const proposed = useMemo(() => {
    const byId = new Map(placed.map((idea) => [idea.id, idea]));
    const ids = proposeRoadmapCandidates({
      scenarios: placed.map((idea) => ({ id: idea.id, matrix: idea })),
      votes,
    });
    return ids.flatMap((id) => byId.get(id) ?? []);
  }, [placed, votes]);
  // Building 500 rows nobody looks at would cost every board change; only build them when open.
  const ranked = useMemo(() => (open ? rankIdeas(placed) : []), [open, placed]);

  return (
    <section aria-labelledby="matrix-ranking-heading" className="flex flex-col gap-2">
      <h3 id="matrix-ranking-heading" className="font-semibold">
        Shortlist for the roadmap
      </h3>
      {proposed.length === 0 ? (
        <p className="text-sm text-slate-700">
          Nothing yet: ideas in the quick wins quadrant (then big bets and fill-ins) will be
          proposed for the roadmap in the next step.
        </p>
      ) : (
        <ol
          className="list-decimal pl-6 text-sm text-slate-800"
          aria-label="Proposed for the roadmap"
        >
          {proposed.map((idea) => (
            <li key={idea.id}>{shortText(idea.text)}</li>
          ))}
        </ol>
      )}
      <details
        className="rounded-md border border-slate-200 bg-white"
        onToggle={(event) => setOpen(event.currentTarget.open)}
      >
        <summary className="cursor-pointer px-3 py-2 text-sm font-medium">
          Every placed idea, ranked ({placed.length})
        </summary>
        {open ? (
          <div className="overflow-x-auto px-3 pb-3">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">
                Placed ideas by quadrant, then by value times feasibility
              </caption>
              <thead className="text-xs text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3">
                    Idea
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Quadrant
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Value
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Feasibility
                  </th>
                  <th scope="col" className="py-1">
                    Risks
                  </th>
                </tr>
              </thead>
              <tbody>
                {ranked.map((idea) => {
                  const counts = riskCounts.get(idea.id) ?? {
                    total: 0,
                    unmitigated: 0,
                    unmitigatedHigh: 0,
                  };
                  return (
                    <tr key={idea.id} className="border-t border-slate-100">
                      <th scope="row" className="py-1 pr-3 font-normal">
                        {shortText(idea.text)}
                      </th>
                      <td className="py-1 pr-3">{QUADRANT_LABELS[idea.quadrant]}</td>
                      <td className="py-1 pr-3">{toPercent(idea.value)} %</td>
                      <td className="py-1 pr-3">{toPercent(idea.feasibility)} %</td>
                      <td className="py-1">{describeRisks(counts)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
      </details>
    </section>
  );
});
