"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useId } from "react";
import type * as Y from "yjs";
import { useSharedText } from "@/lib/documents/use-shared-text";
import { buttonStyles } from "@/components/ui/button-styles";
import type { WorkshopMember } from "@/components/workshop/workshop-details";
import { RISK_CATEGORY_LABELS, SEVERITY_LABELS } from "@/lib/documents/labels";
import { slotLabel } from "@/lib/summary/slots";
import { classifyQuadrant, QUADRANT_LABELS } from "@/lib/documents/quadrant";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { removeFromRoadmap, updateRoadmapItem } from "@/lib/documents/roadmap";
import { swapRoadmapItem } from "@/lib/documents/roadmap-swap";
import { isMitigated } from "@/lib/documents/warnings";
import { FUNCTION_LABELS } from "@/lib/workshops/roles";
import { EthicsGate } from "./ethics-gate";
import { EthicsReview } from "./ethics-review";
import { LaunchChecklist } from "./launch-checklist";
import { MeasurementFields } from "./measurement-fields";
import { QualityCheck } from "./quality-check";
import type { Lane } from "./lanes";

type Item = BoardSnapshot["roadmap"][number];
type Scenario = BoardSnapshot["scenarios"][number];
type Risk = BoardSnapshot["risks"][number];
type Kpi = BoardSnapshot["kpis"][number];

const inputStyles =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-600";
const labelStyles = "text-sm font-medium text-slate-800";

export type RoadmapItemCardProps = {
  doc: Y.Doc;
  item: Item;
  rank: number;
  total: number;
  scenario: Scenario | null;
  risks: readonly Risk[];
  blocking: readonly Risk[];
  /** The step-2 KPIs an item's measurement can link to. */
  kpis: readonly Kpi[];
  roster: readonly WorkshopMember[];
  lanes: readonly Lane[];
  /** Scenarios on the matrix but not on the roadmap, best first: what this item can swap for. */
  swapOptions: readonly Scenario[];
  self: { userId: string; name: string };
  canEdit: boolean;
  onMove: (itemId: string, index: number) => void;
  onAnnounce: (message: string) => void;
};

export function scenarioTitle(scenario: Pick<Scenario, "text"> | null): string {
  return scenario?.text.trim() || "Untitled scenario";
}

/**
 * One roadmap item: rank, owner, slot, success metric and measurement, A/B plan, dependencies,
 * risks, quality check, ethics review, launch checklist and readiness.
 */
export function RoadmapItemCard(props: RoadmapItemCardProps) {
  const { doc, item, rank, total, scenario, risks, roster, lanes, canEdit, onAnnounce } = props;
  const id = useId();
  const title = scenarioTitle(scenario);
  const {
    setNodeRef,
    setActivatorNodeRef,
    attributes,
    listeners,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: item.id, disabled: !canEdit });
  const style = { transform: CSS.Transform.toString(transform), transition };
  const update = (patch: Omit<Parameters<typeof updateRoadmapItem>[1], "itemId">) =>
    updateRoadmapItem(doc, { itemId: item.id, ...patch });
  const dependencies = useSharedText({
    doc,
    target: { kind: "record", collection: "roadmap", recordId: item.id, field: "dependencies" },
  });
  const quadrant = scenario?.matrix ? classifyQuadrant(scenario.matrix) : null;
  const slotOptions = lanes.map((lane) => ({ id: lane.id, label: lane.label }));
  if (item.slot && !slotOptions.some((option) => option.id === item.slot)) {
    slotOptions.unshift({ id: item.slot, label: slotLabel(item.slot) });
  }
  const ownerKnown = item.ownerUserId === null || roster.some((m) => m.userId === item.ownerUserId);

  return (
    <article
      ref={setNodeRef}
      style={style}
      aria-labelledby={`${id}-title`}
      className={`flex flex-col gap-4 rounded-lg border bg-white p-4 shadow-sm ${
        isDragging ? "border-brand-500 relative z-10 shadow-lg" : "border-slate-200"
      }`}
    >
      <header className="flex flex-wrap items-start gap-3">
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={`Reorder “${title}”`}
          disabled={!canEdit}
          className="mt-0.5 cursor-grab touch-none rounded px-1.5 py-1 text-slate-500 hover:bg-slate-100 disabled:cursor-not-allowed"
        >
          <span aria-hidden>⠿</span>
        </button>
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <h4 id={`${id}-title`} className="text-base font-semibold">
            <span className="text-brand-700">#{rank}</span> {title}
          </h4>
          <p className="text-xs text-slate-600">
            {quadrant ? QUADRANT_LABELS[quadrant] : "Not on the matrix"}
            {scenario?.assumption ? " · rests on an assumption" : ""}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-1">
          <button
            type="button"
            className={buttonStyles.quiet}
            disabled={rank === 1}
            aria-label={`Move “${title}” up`}
            onClick={() => props.onMove(item.id, rank - 2)}
          >
            Up
          </button>
          <button
            type="button"
            className={buttonStyles.quiet}
            disabled={rank === total}
            aria-label={`Move “${title}” down`}
            onClick={() => props.onMove(item.id, rank)}
          >
            Down
          </button>
          <button
            type="button"
            className={buttonStyles.quiet}
            aria-label={`Remove “${title}” from the roadmap`}
            onClick={() => {
              const result = removeFromRoadmap(doc, { itemId: item.id });
              if (result.ok) onAnnounce(`Removed “${title}” from the roadmap.`);
            }}
          >
            Remove
          </button>
        </div>
      </header>

      {props.swapOptions.length > 0 ? (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={`${id}-swap`} className="text-sm text-slate-700">
            Swap for
          </label>
          <select
            id={`${id}-swap`}
            className={`${inputStyles} w-auto max-w-md`}
            value=""
            onChange={(event) => {
              const scenarioId = event.target.value;
              if (!scenarioId) return;
              const next = props.swapOptions.find((option) => option.id === scenarioId);
              const result = swapRoadmapItem(doc, { itemId: item.id, scenarioId });
              if (result.ok) onAnnounce(`Swapped “${title}” for “${scenarioTitle(next ?? null)}”.`);
            }}
          >
            <option value="">Another scenario…</option>
            {props.swapOptions.map((option) => (
              <option key={option.id} value={option.id}>
                {scenarioTitle(option)}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-owner`} className={labelStyles}>
            Owner
          </label>
          <select
            id={`${id}-owner`}
            className={inputStyles}
            value={item.ownerUserId ?? ""}
            onChange={(event) => update({ ownerUserId: event.target.value || null })}
          >
            <option value="">No owner yet</option>
            {!ownerKnown && item.ownerUserId ? (
              <option value={item.ownerUserId}>
                Someone not on this page’s roster (reload to see)
              </option>
            ) : null}
            {roster.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name} ({FUNCTION_LABELS[member.function]})
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-slot`} className={labelStyles}>
            Time slot
          </label>
          <select
            id={`${id}-slot`}
            className={inputStyles}
            value={item.slot ?? ""}
            onChange={(event) => update({ slot: event.target.value || null })}
          >
            <option value="">Not scheduled</option>
            {slotOptions.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>

      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className={`${labelStyles} mb-1`}>Success metric</legend>
        <TextInput
          id={`${id}-metric`}
          label="Metric"
          placeholder="e.g. Click-through rate"
          doc={doc}
          itemId={item.id}
          field="metric.name"
        />
        <TextInput
          id={`${id}-baseline`}
          label="Baseline"
          placeholder="e.g. 2.1 %"
          doc={doc}
          itemId={item.id}
          field="metric.baseline"
        />
        <TextInput
          id={`${id}-target`}
          label="Target"
          placeholder="e.g. 2.3 % (+10 %)"
          doc={doc}
          itemId={item.id}
          field="metric.target"
        />
      </fieldset>

      <MeasurementFields doc={doc} item={item} kpis={props.kpis} />

      <fieldset className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <legend className={`${labelStyles} mb-1`}>A/B test plan</legend>
        <TextInput
          id={`${id}-control`}
          label="Control group"
          placeholder="e.g. 10 % of returning shoppers see today's page"
          doc={doc}
          itemId={item.id}
          field="abTest.control"
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-duration`} className="text-xs font-medium text-slate-700">
            Duration (days)
          </label>
          <input
            id={`${id}-duration`}
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            className={inputStyles}
            value={item.abTest.durationDays ?? ""}
            onChange={(event) => {
              const raw = event.target.value;
              if (raw === "") {
                update({ abTest: { durationDays: null } });
                return;
              }
              const days = Number(raw);
              if (Number.isInteger(days) && days >= 1 && days <= 365) {
                update({ abTest: { durationDays: days } });
              }
            }}
          />
        </div>
      </fieldset>

      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-dependencies`} className={labelStyles}>
          Dependencies
        </label>
        <textarea
          id={`${id}-dependencies`}
          rows={2}
          className={inputStyles}
          placeholder="Teams, data, tools or decisions this item waits for"
          maxLength={2000}
          {...dependencies}
        />
      </div>

      <LinkedRisks
        doc={doc}
        risks={risks}
        blocking={props.blocking}
        acceptedBy={item.riskAcceptedBy?.name ?? null}
      />

      {scenario ? <QualityCheck doc={doc} scenario={scenario} /> : null}

      <EthicsReview doc={doc} item={item} self={props.self} />

      <LaunchChecklist doc={doc} item={item} self={props.self} />

      <EthicsGate doc={doc} item={item} title={title} blocking={props.blocking} self={props.self} />
    </article>
  );
}

function TextInput(props: {
  id: string;
  label: string;
  placeholder?: string;
  doc: Y.Doc;
  itemId: string;
  field: "metric.name" | "metric.baseline" | "metric.target" | "abTest.control";
}) {
  const text = useSharedText({
    doc: props.doc,
    target: { kind: "record", collection: "roadmap", recordId: props.itemId, field: props.field },
  });
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={props.id} className="text-xs font-medium text-slate-700">
        {props.label}
      </label>
      <input
        id={props.id}
        type="text"
        maxLength={200}
        className={inputStyles}
        placeholder={props.placeholder}
        {...text}
      />
    </div>
  );
}

function LinkedRisks({
  doc,
  risks,
  blocking,
  acceptedBy,
}: {
  doc: Y.Doc;
  risks: readonly Risk[];
  blocking: readonly Risk[];
  acceptedBy: string | null;
}) {
  const id = useId();
  if (risks.length === 0) {
    return <p className="text-sm text-slate-600">No persofails recorded for this scenario.</p>;
  }
  const blockingIds = new Set(blocking.map((risk) => risk.id));
  return (
    <section aria-labelledby={`${id}-risks`} className="flex flex-col gap-2">
      <h5 id={`${id}-risks`} className={labelStyles}>
        Linked risks
      </h5>
      <ul className="flex flex-col gap-2">
        {risks.map((risk) => {
          const description = risk.description.trim() || "Untitled risk";
          const accepted =
            risk.severity === "high" && !isMitigated(risk) && !blockingIds.has(risk.id);
          return (
            <li
              key={risk.id}
              className="border-risk-600 bg-risk-50 flex flex-col gap-2 rounded-md border-l-4 px-3 py-2"
            >
              <p className="text-sm">
                <span className="font-semibold text-red-900">
                  <span aria-hidden>⚠ </span>Risk · {SEVERITY_LABELS[risk.severity]} severity
                </span>{" "}
                <span className="text-slate-700">({RISK_CATEGORY_LABELS[risk.category]})</span>:{" "}
                {description}
                {accepted ? (
                  <span className="text-slate-700">
                    {" "}
                    — accepted{acceptedBy ? ` by ${acceptedBy}` : ""}
                  </span>
                ) : null}
              </p>
              <div className="flex flex-col gap-1">
                <label htmlFor={`${id}-${risk.id}`} className="text-xs font-medium text-slate-700">
                  Mitigation{isMitigated(risk) ? "" : " (none yet)"}
                </label>
                <MitigationInput id={`${id}-${risk.id}`} doc={doc} riskId={risk.id} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function MitigationInput(props: { id: string; doc: Y.Doc; riskId: string }) {
  const text = useSharedText({
    doc: props.doc,
    target: { kind: "record", collection: "risks", recordId: props.riskId, field: "mitigation" },
  });
  return (
    <input
      id={props.id}
      type="text"
      maxLength={2000}
      className={inputStyles}
      placeholder="How you will prevent it, or the failsafe"
      {...text}
    />
  );
}
