"use client";

import { useId } from "react";
import type * as Y from "yjs";
import { buttonStyles } from "@/components/ui/button-styles";
import { inputStyles, labelStyles } from "@/components/ui/form-styles";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import type { Measurement } from "@/lib/documents/records";
import { updateRoadmapItem } from "@/lib/documents/roadmap";
import { useSharedText } from "@/lib/documents/use-shared-text";
import {
  estimateInputsText,
  estimateMeasurement,
  estimateText,
} from "@/lib/method/measurement-plan";
import { NumberField } from "./number-field";

type Item = BoardSnapshot["roadmap"][number];
type Kpi = BoardSnapshot["kpis"][number];

type MeasurementFieldsProps = {
  doc: Y.Doc;
  item: Item;
  kpis: readonly Kpi[];
};

const POWER_OPTIONS = [80, 90] as const;
const ALPHA_OPTIONS = [5, 1, 10] as const;

/**
 * How the item's lift will be measured, with the sample size and duration the experiment needs
 * (two-proportion power calculation, lib/method/sample-size.ts) computed as people type.
 */
export function MeasurementFields({ doc, item, kpis }: MeasurementFieldsProps) {
  const id = useId();
  const { measurement } = item;
  const update = (patch: Partial<Measurement>) =>
    updateRoadmapItem(doc, { itemId: item.id, measurement: patch }).ok;
  const guardrail = useSharedText({
    doc,
    target: {
      kind: "record",
      collection: "roadmap",
      recordId: item.id,
      field: "measurement.guardrail",
    },
  });
  const attribution = useSharedText({
    doc,
    target: {
      kind: "record",
      collection: "roadmap",
      recordId: item.id,
      field: "measurement.attribution",
    },
  });
  const kpiKnown = measurement.kpiId === null || kpis.some((kpi) => kpi.id === measurement.kpiId);
  const estimate = estimateMeasurement(measurement);
  const days = estimate.ok ? estimate.days : null;

  return (
    <fieldset className="flex flex-col gap-3">
      <legend className={`${labelStyles} mb-1`}>Measurement and sample size</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-kpi`} className="text-xs font-medium text-slate-700">
            Step-2 KPI it moves
          </label>
          <select
            id={`${id}-kpi`}
            className={inputStyles}
            value={measurement.kpiId ?? ""}
            onChange={(event) => update({ kpiId: event.target.value || null })}
          >
            <option value="">
              {kpis.length > 0 ? "Not linked to a KPI" : "No KPIs in step 2 yet"}
            </option>
            {!kpiKnown && measurement.kpiId ? (
              <option value={measurement.kpiId}>A KPI that was removed</option>
            ) : null}
            {kpis.map((kpi) => (
              <option key={kpi.id} value={kpi.id}>
                {kpi.text.trim() || "Untitled KPI"}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-guardrail`} className="text-xs font-medium text-slate-700">
            Guardrail metric (must not get worse)
          </label>
          <input
            id={`${id}-guardrail`}
            type="text"
            maxLength={200}
            className={inputStyles}
            placeholder="e.g. Unsubscribe rate"
            {...guardrail}
          />
        </div>
      </div>

      <div className="grid gap-3 sm:grid-cols-3">
        <NumberField
          label="Conversion rate today (%)"
          value={measurement.baselinePercent}
          min={0.01}
          max={99.99}
          rangeHint="A rate between 0 and 100 %, e.g. 5."
          onCommit={(baselinePercent) => update({ baselinePercent })}
        />
        <NumberField
          label="Smallest lift worth detecting"
          value={measurement.effect}
          min={0.01}
          max={1000}
          rangeHint="A positive number, e.g. 1."
          onCommit={(effect) => update({ effect })}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-kind`} className="text-xs font-medium text-slate-700">
            The lift is counted in
          </label>
          <select
            id={`${id}-kind`}
            className={inputStyles}
            value={measurement.effectKind}
            onChange={(event) =>
              update({ effectKind: event.target.value === "relative" ? "relative" : "absolute" })
            }
          >
            <option value="absolute">percentage points (absolute)</option>
            <option value="relative">% of today’s rate (relative)</option>
          </select>
        </div>
        <NumberField
          label="Holdout share (%)"
          value={measurement.controlPercent}
          min={1}
          max={99}
          allowEmpty={false}
          rangeHint="Between 1 and 99 % of eligible people."
          onCommit={(value) => value !== null && update({ controlPercent: value })}
        />
        <NumberField
          label="Eligible visitors per day"
          value={measurement.dailyTraffic}
          min={1}
          max={1_000_000_000}
          integer
          rangeHint="A whole number of people, e.g. 1200."
          onCommit={(dailyTraffic) => update({ dailyTraffic })}
        />
        <div className="grid grid-cols-2 gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-power`} className="text-xs font-medium text-slate-700">
              Power
            </label>
            <select
              id={`${id}-power`}
              className={inputStyles}
              value={measurement.powerPercent}
              onChange={(event) => update({ powerPercent: Number(event.target.value) })}
            >
              {withCurrent(POWER_OPTIONS, measurement.powerPercent).map((value) => (
                <option key={value} value={value}>
                  {value} %
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-alpha`} className="text-xs font-medium text-slate-700">
              Significance
            </label>
            <select
              id={`${id}-alpha`}
              className={inputStyles}
              value={measurement.alphaPercent}
              onChange={(event) => update({ alphaPercent: Number(event.target.value) })}
            >
              {withCurrent(ALPHA_OPTIONS, measurement.alphaPercent).map((value) => (
                <option key={value} value={value}>
                  {value} % (two-sided)
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>

      <section
        aria-label="Sample size estimate"
        aria-live="polite"
        className="flex flex-col gap-1 rounded-md bg-slate-50 px-3 py-2 text-sm"
      >
        {estimate.ok ? (
          <>
            <p>
              <strong>Sample size:</strong> {estimateText(estimate)}
            </p>
            <p className="text-xs text-slate-700">Inputs: {estimateInputsText(estimate)}.</p>
            <p className="text-xs text-slate-700">
              n = (z<sub>α/2</sub>·√(p̄q̄(1+1/k)) + z<sub>β</sub>·√(p₁q₁ + p₂q₂/k))² ÷ (p₂ − p₁)², k =
              personalized ÷ control, p̄ their weighted rate.
            </p>
            {estimate.days !== null &&
            estimate.days <= 365 &&
            item.abTest.durationDays !== estimate.days ? (
              <button
                type="button"
                className={`${buttonStyles.quiet} w-fit px-0`}
                onClick={() =>
                  updateRoadmapItem(doc, {
                    itemId: item.id,
                    abTest: { durationDays: estimate.days },
                  })
                }
              >
                Use {days} days as the test duration
              </button>
            ) : null}
          </>
        ) : (
          <p className="text-slate-700">
            <strong>Sample size:</strong> {estimate.reason}
          </p>
        )}
      </section>

      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-attribution`} className="text-xs font-medium text-slate-700">
          Attribution note
        </label>
        <textarea
          id={`${id}-attribution`}
          rows={2}
          maxLength={2000}
          className={inputStyles}
          placeholder="e.g. Count the lift against the holdout, not last-click conversions"
          {...attribution}
        />
      </div>
    </fieldset>
  );
}

function withCurrent(options: readonly number[], current: number): number[] {
  return options.includes(current) ? [...options] : [current, ...options];
}
