"use client";

import type { BoardSnapshot } from "@/lib/documents/read-board";
import { useBoardSelector, useScenarioWarnings } from "@/lib/documents/use-board";
import { useBoardEditing } from "./board-room";
import { RiskIcon } from "./icons";

const selectDataSources = (snapshot: BoardSnapshot) => snapshot.dataSources;

/** Visible warnings on a scenario: sensitive data in use, risks without a mitigation. */
export function ScenarioWarnings({ scenarioId }: { scenarioId: string }) {
  const { doc } = useBoardEditing();
  const warnings = useScenarioWarnings(doc, scenarioId);
  const sources = useBoardSelector(doc, selectDataSources);
  if (warnings.length === 0) return null;
  const nameOf = (id: string) =>
    sources.find((source) => source.id === id)?.name || "an unnamed source";
  return (
    <ul className="flex flex-col gap-1" aria-label="Warnings">
      {warnings.map((warning) => {
        let text: string;
        if (warning.kind === "sensitive-data") {
          text = `Uses sensitive data: ${warning.dataSourceIds.map(nameOf).join(", ")}. Check the legal basis and consent.`;
        } else if (warning.kind === "risk-without-mitigation") {
          const n = warning.riskIds.length;
          text = `${n} ${n === 1 ? "risk has" : "risks have"} no mitigation or failsafe yet.`;
        } else {
          const n = warning.riskIds.length;
          text = `${n} high-severity ${n === 1 ? "risk is" : "risks are"} unmitigated: this blocks the roadmap until someone accepts it.`;
        }
        return (
          <li
            key={warning.kind}
            data-warning={warning.kind}
            className="flex items-start gap-2 rounded-md border border-amber-400 bg-amber-50 px-2 py-1 text-sm text-amber-950"
          >
            <RiskIcon className="mt-0.5 size-4 shrink-0" />
            <span>
              <span className="font-semibold">Warning: </span>
              {text}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
