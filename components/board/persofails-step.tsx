"use client";

import { useCallback, type CSSProperties } from "react";
import { PrivateWritingProvider } from "@/components/facilitation/private-writing";
import { CursorToggle, SharedCursors } from "@/components/realtime/shared-cursors";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { useBoardSelector, useScenariosInSegment } from "@/lib/documents/use-board";
import { isMitigated } from "@/lib/documents/warnings";
import { BoardRoom, useBoardEditing } from "./board-room";
import { RiskIcon } from "./icons";
import { shortText } from "./short-text";
import { ScenarioRisks } from "./scenario-risks";
import { segmentColour } from "./segment-colour";

const selectSegmentIds = (snapshot: BoardSnapshot) => snapshot.segments.map((s) => s.id);

const selectTotals = (snapshot: BoardSnapshot) => ({
  scenarios: snapshot.scenarios.length,
  risks: snapshot.risks.length,
  unmitigated: snapshot.risks.filter((risk) => !isMitigated(risk)).length,
});

/** Step 5: red risk notes ("persofails") on each scenario, with their mitigations. */
export function PersofailsStep() {
  return (
    <BoardRoom>
      <PrivateWritingProvider step="persofails" toolbar={<CursorToggle />}>
        <PersofailsBoard />
      </PrivateWritingProvider>
    </BoardRoom>
  );
}

function PersofailsBoard() {
  const { doc } = useBoardEditing();
  const segmentIds = useBoardSelector(doc, selectSegmentIds);
  const totals = useBoardSelector(doc, selectTotals);
  if (totals.scenarios === 0) {
    return (
      <p className="rounded-lg border border-slate-200 bg-white px-4 py-6 text-slate-700">
        There are no scenarios yet. Write them in step 4, Segments &amp; scenarios, then come back
        to ask what could go wrong with each.
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <p className="flex items-center gap-2 text-sm text-slate-700" data-testid="risk-totals">
        <RiskIcon className="size-4 text-red-700" />
        {totals.risks} {totals.risks === 1 ? "risk" : "risks"} on {totals.scenarios}{" "}
        {totals.scenarios === 1 ? "scenario" : "scenarios"}
        {totals.unmitigated > 0 ? (
          <span className="font-medium text-red-800">
            · {totals.unmitigated} without a mitigation yet
          </span>
        ) : totals.risks > 0 ? (
          <span className="text-emerald-800">· every risk has a mitigation</span>
        ) : null}
      </p>
      <SharedCursors area="persofails">
        <div className="flex flex-col gap-6">
          <SegmentRisks segmentId={null} />
          {segmentIds.map((id) => (
            <SegmentRisks key={id} segmentId={id} />
          ))}
        </div>
      </SharedCursors>
    </div>
  );
}

function SegmentRisks({ segmentId }: { segmentId: string | null }) {
  const { doc } = useBoardEditing();
  const selectName = useCallback(
    (snapshot: BoardSnapshot) =>
      snapshot.segments.find((segment) => segment.id === segmentId)?.name ?? "",
    [segmentId],
  );
  const name = useBoardSelector(doc, selectName);
  const scenarios = useScenariosInSegment(doc, segmentId);
  if (scenarios.length === 0) return null;
  const title = segmentId === null ? "Unsorted" : shortText(name, "Untitled segment");
  return (
    <section
      aria-label={`Risks in ${title}`}
      // The segment's colour, as on step 4; the heading names it.
      style={{ "--segment": segmentColour(segmentId) } as CSSProperties}
      className="flex flex-col gap-3 border-l-4 border-l-[var(--segment)] pl-3"
    >
      <h3 className="text-lg font-semibold">{title}</h3>
      <div className="grid gap-3 md:grid-cols-2 2xl:grid-cols-3">
        {scenarios.map((scenario) => (
          <ScenarioRisks key={scenario.id} scenarioId={scenario.id} />
        ))}
      </div>
    </section>
  );
}
