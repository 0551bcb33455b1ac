"use client";

import { useMemo } from "react";
import { SCENARIO_CHANNEL_LABELS, SCENARIO_TECHNIQUE_LABELS } from "@/lib/documents/labels";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { dataGapText, scenarioDataGap } from "@/lib/documents/scenario-data-needs";
import { useBoardSelector } from "@/lib/documents/use-board";
import { useBoardEditing } from "./board-room";
import { RiskIcon } from "./icons";

const selectDataSources = (snapshot: BoardSnapshot) => snapshot.dataSources;

/** The scenario's channel, technique and trigger in one short line, in words. */
export function ScenarioPlan({ scenario }: { scenario: BoardSnapshot["scenarios"][number] }) {
  const parts = [
    scenario.channel ? SCENARIO_CHANNEL_LABELS[scenario.channel] : null,
    scenario.technique ? SCENARIO_TECHNIQUE_LABELS[scenario.technique] : null,
    scenario.trigger.trim() ? `when ${scenario.trigger.trim()}` : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  return (
    <p className="text-meta text-slate-700" data-testid="scenario-plan">
      {parts.join(" · ")}
    </p>
  );
}

/** "Needs data step 3 does not list", on the note itself, so the gap is seen before the vote. */
export function DataGapWarning({ scenario }: { scenario: BoardSnapshot["scenarios"][number] }) {
  const { doc } = useBoardEditing();
  const sources = useBoardSelector(doc, selectDataSources);
  const gap = useMemo(
    () => scenarioDataGap({ scenario, dataSources: sources }),
    [scenario, sources],
  );
  if (!gap) return null;
  return (
    <p
      data-warning="missing-data"
      className="flex items-start gap-1 rounded border border-amber-500 bg-white/80 px-1.5 py-1 text-xs text-amber-950"
    >
      <RiskIcon className="mt-0.5 size-3.5 shrink-0" />
      <span>{dataGapText(gap)}</span>
    </p>
  );
}
