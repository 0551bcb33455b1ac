"use client";

import { memo, useCallback } from "react";
import { addRisk } from "@/lib/documents/risks";
import { useRisksForScenario, useScenario } from "@/lib/documents/use-board";
import { usePrivateWriting } from "@/components/facilitation/private-writing";
import { FromLastTimeMarker } from "@/components/guide/from-last-time-marker";
import { buttonStyles } from "@/components/ui/button-styles";
import { useBoardEditing } from "./board-room";
import { DataSourceTags } from "./data-source-picker";
import { PlusIcon } from "./icons";
import { shortText } from "./short-text";
import { RiskNote } from "./risk-note";
import { NoteReactions } from "./note-reactions";
import { ScenarioWarnings } from "./scenario-warnings";

/** A scenario (read here, edited in step 4) with its red risk notes and an "Add risk" button. */
export const ScenarioRisks = memo(function ScenarioRisks({ scenarioId }: { scenarioId: string }) {
  const { doc, canEdit, selfId, anonymous, focus, report } = useBoardEditing();
  const scenario = useScenario(doc, scenarioId);
  const risks = useRisksForScenario(doc, scenarioId);
  const privateWriting = usePrivateWriting();
  const add = useCallback(() => {
    // While "write privately" is on, a new risk goes to the author's private doc instead.
    if (privateWriting) {
      privateWriting.add({ kind: "risk", scenarioId, anonymous });
      return;
    }
    const result = addRisk(doc, { scenarioId, authorId: selfId, anonymous });
    if (result.ok) focus.request(result.value.id);
    report(result);
  }, [doc, focus, privateWriting, report, scenarioId, selfId, anonymous]);
  if (!scenario) return null;
  const label = shortText(scenario.text, "Empty scenario");
  return (
    <article
      aria-label={`Scenario ${label}`}
      data-testid="scenario-risks"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      <div className="gap-note border-note-edge bg-note p-note flex flex-col rounded-md border">
        <FromLastTimeMarker doc={doc} collection="scenarios" recordId={scenarioId} />
        <p className="text-note whitespace-pre-wrap text-slate-900">
          {scenario.text.trim() || <span className="text-slate-600">Empty scenario</span>}
        </p>
        {scenario.assumption ? (
          <span className="w-fit rounded bg-white/70 px-1.5 py-0.5 text-xs font-semibold text-amber-950">
            Assumption
          </span>
        ) : null}
        <DataSourceTags dataSourceIds={scenario.dataSourceIds} />
        <NoteReactions noteId={scenarioId} label={label} />
      </div>
      <ScenarioWarnings scenarioId={scenarioId} />
      {risks.length > 0 ? (
        <ul className="flex flex-col gap-2" aria-label={`Risks for ${label}`}>
          {risks.map((risk) => (
            <RiskNote key={risk.id} risk={risk} />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No risks noted yet. What could go wrong?</p>
      )}
      <button
        type="button"
        onClick={add}
        disabled={!canEdit}
        aria-label={`Add risk to ${label}`}
        className={`${buttonStyles.danger} self-start`}
      >
        <PlusIcon />
        Add risk
      </button>
    </article>
  );
});
