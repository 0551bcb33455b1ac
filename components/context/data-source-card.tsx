"use client";

import { memo } from "react";
import { ExampleMarker } from "@/components/guide/example-marker";
import { buttonStyles } from "@/components/ui/button-styles";
import { inputStyles, labelStyles } from "@/components/ui/form-styles";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { useSharedText } from "@/lib/documents/use-shared-text";
import {
  removeDataSource,
  updateDataSource,
  type UpdateDataSourceOptions,
} from "@/lib/documents/data-sources";
import {
  DATA_QUALITIES,
  DATA_SOURCE_KINDS,
  DATA_SOURCE_ORIGINS,
  DataQualitySchema,
  DataSourceKindSchema,
  DataSourceOriginSchema,
  type DataSource,
} from "@/lib/documents/records";
import {
  DATA_QUALITY_LABELS,
  DATA_SOURCE_KIND_HINTS,
  DATA_SOURCE_KIND_LABELS,
  DATA_SOURCE_ORIGIN_LABELS,
} from "@/lib/documents/labels";

const QUALITY_STYLE = {
  good: "border-emerald-200 bg-emerald-50 text-emerald-800",
  partial: "border-amber-200 bg-amber-50 text-amber-900",
  poor: "border-red-200 bg-red-50 text-red-800",
} as const;

type DataSourceCardProps = { source: Readonly<DataSource>; canEdit: boolean };

/** One data source: what it is, how good it is, on what legal basis it may be used. */
export const DataSourceCard = memo(function DataSourceCard({
  source,
  canEdit,
}: DataSourceCardProps) {
  const { docs, awareness } = useWorkshopRoom();
  const id = `source-${source.id}`;
  const update = (patch: Omit<UpdateDataSourceOptions, "dataSourceId">) =>
    updateDataSource(docs.board, { dataSourceId: source.id, ...patch });
  const title = source.name || "Untitled data source";
  const text = (field: "name" | "legalBasis" | "accessConstraints") =>
    ({ kind: "record", collection: "dataSources", recordId: source.id, field }) as const;
  const nameText = useSharedText({ doc: docs.board, target: text("name"), awareness });
  const legalBasisText = useSharedText({ doc: docs.board, target: text("legalBasis"), awareness });
  const accessConstraintsText = useSharedText({
    doc: docs.board,
    target: text("accessConstraints"),
    awareness,
  });

  return (
    <li
      aria-label={`Data source: ${title}`}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center gap-2 text-xs font-medium">
        <ExampleMarker doc={docs.board} collection="dataSources" recordId={source.id} />
        <span className={`rounded-full border px-2 py-0.5 ${QUALITY_STYLE[source.quality]}`}>
          Quality: {DATA_QUALITY_LABELS[source.quality]}
        </span>
        {source.sensitive ? (
          <span className="rounded-full border border-red-300 bg-red-50 px-2 py-0.5 text-red-800">
            <span aria-hidden>⚠</span> <span>Sensitive</span>
          </span>
        ) : null}
        {!source.legalBasis.trim() ? (
          <span className="rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-amber-900">
            No legal basis recorded
          </span>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-name`} className={labelStyles}>
          Name
        </label>
        <input
          id={`${id}-name`}
          {...nameText}
          maxLength={200}
          disabled={!canEdit}
          placeholder="e.g. Order history"

          className={inputStyles}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-[repeat(auto-fit,minmax(9rem,1fr))]">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-kind`} className={labelStyles}>
            Kind
          </label>
          <select
            id={`${id}-kind`}
            value={source.kind}
            disabled={!canEdit}
            onChange={(event) => {
              const kind = DataSourceKindSchema.safeParse(event.target.value);
              if (kind.success) update({ kind: kind.data });
            }}
            aria-describedby={`${id}-kind-hint`}
            className={inputStyles}
          >
            {DATA_SOURCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {DATA_SOURCE_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
          <p id={`${id}-kind-hint`} className="text-xs text-slate-600">
            {DATA_SOURCE_KIND_HINTS[source.kind]}
          </p>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-origin`} className={labelStyles}>
            Origin
          </label>
          <select
            id={`${id}-origin`}
            value={source.origin}
            disabled={!canEdit}
            onChange={(event) => {
              const origin = DataSourceOriginSchema.safeParse(event.target.value);
              if (origin.success) update({ origin: origin.data });
            }}
            className={inputStyles}
          >
            {DATA_SOURCE_ORIGINS.map((origin) => (
              <option key={origin} value={origin}>
                {DATA_SOURCE_ORIGIN_LABELS[origin]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-quality`} className={labelStyles}>
            Quality
          </label>
          <select
            id={`${id}-quality`}
            value={source.quality}
            disabled={!canEdit}
            onChange={(event) => {
              const quality = DataQualitySchema.safeParse(event.target.value);
              if (quality.success) update({ quality: quality.data });
            }}
            className={inputStyles}
          >
            {DATA_QUALITIES.map((quality) => (
              <option key={quality} value={quality}>
                {DATA_QUALITY_LABELS[quality]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-legal`} className={labelStyles}>
          Consent or legal basis
        </label>
        <input
          id={`${id}-legal`}
          {...legalBasisText}
          maxLength={200}
          disabled={!canEdit}
          placeholder="e.g. Consent at sign-up; legitimate interest"

          className={inputStyles}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-access`} className={labelStyles}>
          Access constraints
        </label>
        <textarea
          id={`${id}-access`}
          {...accessConstraintsText}
          rows={2}
          maxLength={2000}
          disabled={!canEdit}
          placeholder="Who can use it, latency, retention limits…"

          className={inputStyles}
        />
      </div>
      <div className="flex items-center justify-between gap-2">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={source.sensitive}
            disabled={!canEdit}
            onChange={(event) => update({ sensitive: event.target.checked })}
            className="size-4"
          />
          Sensitive (health, finance, children, location…)
        </label>
        {canEdit ? (
          <button
            type="button"
            className={buttonStyles.quiet}
            aria-label={`Delete data source: ${title}`}
            onClick={() => removeDataSource(docs.board, { dataSourceId: source.id })}
          >
            Delete
          </button>
        ) : null}
      </div>
    </li>
  );
});
