"use client";

import { memo, useMemo } from "react";
import type { DragData } from "./drag-data";
import { DraggableNote } from "./draggable-note";
import { TRAY_NOTE_HELP_ID, noteElementId, shortText } from "./matrix-copy";
import type { RemoteHolder } from "./matrix-note";
import { RiskBadges, describeRisks } from "./risk-badges";

type TrayNoteProps = {
  scenarioId: string;
  text: string;
  riskTotal: number;
  riskUnmitigated: number;
  readOnly: boolean;
  heldBy: RemoteHolder | null;
};

/** An idea waiting in the tray to be placed on the matrix. */
export const TrayNote = memo(function TrayNote(props: TrayNoteProps) {
  const { scenarioId, text, riskTotal, riskUnmitigated, readOnly, heldBy } = props;
  const data = useMemo((): DragData => ({ scenarioId, from: "tray" }), [scenarioId]);
  const label = [
    shortText(text),
    "Not on the matrix yet",
    describeRisks({ total: riskTotal, unmitigated: riskUnmitigated }),
    heldBy ? `${heldBy.name} is placing it` : null,
  ]
    .filter(Boolean)
    .join(". ");
  return (
    <li>
      <DraggableNote
        data={data}
        readOnly={readOnly}
        elementId={noteElementId("tray", scenarioId)}
        label={label}
        describedBy={TRAY_NOTE_HELP_ID}
        testId="tray-note"
        faded={heldBy !== null}
        className={`flex flex-col gap-1 rounded-md border border-amber-300 bg-amber-50 p-2 text-xs leading-snug text-slate-900 shadow-sm ${readOnly ? "" : "hover:bg-amber-100"}`}
      >
        <span className="line-clamp-3">{text || "Untitled idea"}</span>
        <RiskBadges total={riskTotal} unmitigated={riskUnmitigated} />
        {heldBy ? (
          <span aria-hidden="true" className="text-[0.6875rem] font-medium text-slate-700">
            {heldBy.name} is placing this…
          </span>
        ) : null}
      </DraggableNote>
    </li>
  );
});
