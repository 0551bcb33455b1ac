"use client";

import dynamic from "next/dynamic";
import { useEffect } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import {
  endBlindRound,
  hasPublished,
  publishBlindPlacements,
  revealBlindRound,
  startBlindRound,
} from "@/lib/documents/blind-placement";
import { useControl } from "@/lib/documents/use-control";
import { useBlindRound } from "@/lib/documents/use-votes";
import { usePrivatePlacements } from "./use-private-placements";

// Most sessions never run a blind round: its panels are their own chunk, loaded when one starts.
const PrivateMatrix = dynamic(() => import("./blind-round-panels").then((m) => m.PrivateMatrix), {
  ssr: false,
});
const Reveal = dynamic(() => import("./blind-round-panels").then((m) => m.Reveal), {
  ssr: false,
});

/**
 * Step 6's optional blind round: everyone places the ideas on a private matrix, the facilitator
 * reveals them at once, and the group talks through the widest spreads first.
 */
export function BlindPlacementRound() {
  const { docs, role, self, voterId } = useWorkshopRoom();
  const round = useBlindRound(docs.control);
  const { locked } = useControl(docs.control);
  const [mine] = usePrivatePlacements(round?.id ?? null, self.userId);
  const revealed = round?.status === "revealed";

  // After the reveal, publish this person's placements (once; the write is idempotent).
  useEffect(() => {
    if (!round || !revealed || role === "observer" || locked) return;
    const scenarioIds = Object.keys(mine);
    if (scenarioIds.length === 0) return;
    if (hasPublished(docs.board, { roundId: round.id, userId: voterId, scenarioIds })) return;
    publishBlindPlacements(docs.board, {
      roundId: round.id,
      userId: voterId,
      function: self.function,
      placements: mine,
    });
  }, [round, revealed, role, locked, mine, docs.board, voterId, self.function]);

  if (!round && role !== "facilitator") return null;

  return (
    <section
      aria-labelledby="blind-round-heading"
      className="flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-3 text-sm"
      data-testid="blind-round"
    >
      <h3 id="blind-round-heading" className="font-semibold">
        Blind placement
      </h3>
      {role === "facilitator" ? (
        <div className="flex flex-wrap gap-2">
          {!round || revealed ? (
            <button
              type="button"
              className={buttonStyles.secondary}
              onClick={() => startBlindRound(docs.control)}
            >
              {round ? "Start a new blind round" : "Start blind placement"}
            </button>
          ) : (
            <button
              type="button"
              className={buttonStyles.primary}
              onClick={() => revealBlindRound(docs.control)}
            >
              Reveal placements
            </button>
          )}
          {round ? (
            <button
              type="button"
              className={buttonStyles.secondary}
              onClick={() => endBlindRound(docs.control)}
            >
              End blind round
            </button>
          ) : null}
        </div>
      ) : null}
      {round && !revealed ? <PrivateMatrix roundId={round.id} /> : null}
      {round && revealed ? <Reveal roundId={round.id} /> : null}
    </section>
  );
}
