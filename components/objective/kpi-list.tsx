"use client";

import { memo, useState, type FormEvent } from "react";
import { ExampleMarker } from "@/components/guide/example-marker";
import { buttonStyles } from "@/components/ui/button-styles";
import { inputStyles } from "@/components/ui/form-styles";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { addKpi, removeKpi } from "@/lib/documents/kpis";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { useBoardSelector } from "@/lib/documents/use-board";
import { useSharedText } from "@/lib/documents/use-shared-text";

const selectKpis = (snapshot: BoardSnapshot) => snapshot.kpis;

/** The business goals and KPIs the team wants personalization to move. */
export function KpiList({ canEdit }: { canEdit: boolean }) {
  const { docs } = useWorkshopRoom();
  const kpis = useBoardSelector(docs.board, selectKpis);
  const [draft, setDraft] = useState("");

  function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = draft.trim();
    if (!text) return;
    const result = addKpi(docs.board, { text });
    if (result.ok) setDraft("");
  }

  return (
    <section aria-labelledby="kpi-heading" className="flex flex-col gap-3">
      <h3 id="kpi-heading" className="text-lg font-semibold">
        Business goals and KPIs
      </h3>
      {kpis.length === 0 ? (
        <p className="text-sm text-slate-600">
          None yet. Which numbers should personalization move? Conversion, retention, order value…
        </p>
      ) : (
        <ul aria-label="Business goals and KPIs" className="flex flex-col gap-2">
          {kpis.map((kpi) => (
            <KpiRow key={kpi.id} id={kpi.id} text={kpi.text} canEdit={canEdit} />
          ))}
        </ul>
      )}
      {canEdit ? (
        <form onSubmit={onAdd} className="flex gap-2">
          <label htmlFor="new-kpi" className="sr-only">
            New business goal or KPI
          </label>
          <input
            id="new-kpi"
            value={draft}
            maxLength={200}
            onChange={(event) => setDraft(event.target.value)}
            placeholder="e.g. Repeat purchase rate within 90 days"
            className={inputStyles}
          />
          <button type="submit" className={buttonStyles.secondary} disabled={!draft.trim()}>
            Add goal
          </button>
        </form>
      ) : null}
    </section>
  );
}

type KpiRowProps = { id: string; text: string; canEdit: boolean };

const KpiRow = memo(function KpiRow({ id, text, canEdit }: KpiRowProps) {
  const { docs, awareness } = useWorkshopRoom();
  const shared = useSharedText({
    doc: docs.board,
    target: { kind: "record", collection: "kpis", recordId: id, field: "text" },
    awareness,
  });
  return (
    <li className="flex items-center gap-2">
      <label htmlFor={`kpi-${id}`} className="sr-only">
        Goal or KPI
      </label>
      <input
        id={`kpi-${id}`}
        {...shared}
        maxLength={200}
        disabled={!canEdit}
        className={inputStyles}
      />
      <ExampleMarker doc={docs.board} collection="kpis" recordId={id} />
      {canEdit ? (
        <button
          type="button"
          className={buttonStyles.quiet}
          aria-label={`Remove goal: ${text || "untitled"}`}
          onClick={() => removeKpi(docs.board, { kpiId: id })}
        >
          Remove
        </button>
      ) : null}
    </li>
  );
});
