"use client";

import { useDraggable } from "@dnd-kit/core";
import { memo } from "react";
import type { DragData } from "./drag-data";
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
  const data: DragData = { scenarioId, from: "tray" };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `tray:${scenarioId}`,
    data,
    disabled: readOnly,
  });
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
      <div
        ref={setNodeRef}
        {...attributes}
        {...listeners}
        id={noteElementId("tray", scenarioId)}
        aria-roledescription="movable idea"
        aria-describedby={TRAY_NOTE_HELP_ID}
        aria-label={label}
        data-testid="tray-note"
        data-scenario-id={scenarioId}
        className={[
          "flex touch-none flex-col gap-1 rounded-md border border-amber-300 bg-amber-50 p-2 text-xs leading-snug text-slate-900 shadow-sm select-none",
          readOnly ? "cursor-default" : "cursor-grab hover:bg-amber-100",
          isDragging || heldBy ? "opacity-50" : "",
        ].join(" ")}
      >
        <span className="line-clamp-3">{text || "Untitled idea"}</span>
        <RiskBadges total={riskTotal} unmitigated={riskUnmitigated} />
        {heldBy ? (
          <span aria-hidden="true" className="text-[0.6875rem] font-medium text-slate-700">
            {heldBy.name} is placing this…
          </span>
        ) : null}
      </div>
    </li>
  );
});
