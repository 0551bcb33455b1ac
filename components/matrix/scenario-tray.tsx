"use client";

import { memo } from "react";
import { DropZone } from "./drop-zone";
import { TRAY_DROPPABLE_ID } from "./matrix-copy";
import type { RemoteHolder } from "./matrix-note";
import { TrayNote } from "./tray-note";
import type { RiskCounts } from "@/lib/documents/warnings";

export type TrayGroup = {
  id: string;
  name: string;
  scenarios: readonly { id: string; text: string }[];
};

type ScenarioTrayProps = {
  groups: readonly TrayGroup[];
  riskCounts: ReadonlyMap<string, RiskCounts>;
  heldBy: ReadonlyMap<string, RemoteHolder>;
  readOnly: boolean;
};

/**
 * Ideas not on the matrix yet, grouped by segment. It is also a drop target: a note dragged
 * back here leaves the matrix.
 */
export const ScenarioTray = memo(function ScenarioTray(props: ScenarioTrayProps) {
  const { groups, riskCounts, heldBy, readOnly } = props;
  const waiting = groups.reduce((sum, group) => sum + group.scenarios.length, 0);
  return (
    <DropZone
      dropId={TRAY_DROPPABLE_ID}
      disabled={readOnly}
      highlightClassName="inset-0 rounded-lg border border-brand-500 ring-2 ring-brand-500"
    >
      <section
        aria-labelledby="prioritize-tray-heading"
        data-testid="scenario-tray"
        className="flex max-h-[42rem] min-h-40 flex-col gap-3 overflow-y-auto rounded-lg border border-slate-200 bg-white p-3"
      >
        <div>
          <h3 id="prioritize-tray-heading" className="font-semibold">
            Ideas to place <span className="font-normal text-slate-600">({waiting})</span>
          </h3>
          <p className="text-xs text-slate-600">
            {readOnly
              ? "These ideas are not on the matrix yet."
              : "Drag an idea onto the matrix, or drag one back here to take it off."}
          </p>
        </div>
        {waiting === 0 ? (
          <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-700">
            Every idea is on the matrix. Talk through the ones near the middle lines: that is where
            the group disagrees most.
          </p>
        ) : (
          groups.map((group) =>
            group.scenarios.length === 0 ? null : (
              <div key={group.id} className="flex flex-col gap-1.5">
                <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
                  {group.name}
                </h4>
                <ul className="flex flex-col gap-1.5" aria-label={`Ideas for ${group.name}`}>
                  {group.scenarios.map((scenario) => {
                    const counts = riskCounts.get(scenario.id);
                    return (
                      <TrayNote
                        key={scenario.id}
                        scenarioId={scenario.id}
                        text={scenario.text}
                        riskTotal={counts?.total ?? 0}
                        riskUnmitigated={counts?.unmitigated ?? 0}
                        readOnly={readOnly}
                        heldBy={heldBy.get(scenario.id) ?? null}
                      />
                    );
                  })}
                </ul>
              </div>
            ),
          )
        )}
      </section>
    </DropZone>
  );
});
