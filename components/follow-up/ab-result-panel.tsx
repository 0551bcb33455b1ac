import {
  abResult,
  abVerdictText,
  confidenceOf,
  formatConfidence,
  formatPoints,
  formatRelative,
} from "@/lib/follow-up/ab-result";
import { abPlanProgress, abPlanText } from "@/lib/follow-up/ab-plan";
import type { AbCounts } from "@/lib/follow-up/progress-records";
import type { Measurement } from "@/lib/documents/records";

/**
 * The observed lift with its interval, at the confidence the item's measurement plan chose (its
 * significance level), and the verdict in words.
 */
export function AbResultPanel({
  counts,
  measurement,
}: {
  counts: AbCounts;
  /** The item's measurement plan: its significance level and planned sample size. */
  measurement: Measurement;
}) {
  const result = abResult(counts, confidenceOf(measurement.alphaPercent));
  if (!result) {
    return <p className="text-sm text-slate-600">Enter both groups&apos; sizes to see the lift.</p>;
  }
  const planText = abPlanText(result, abPlanProgress(counts, measurement));
  const tone =
    result.verdict === "better"
      ? "border-emerald-300 bg-emerald-50"
      : result.verdict === "worse"
        ? "border-red-300 bg-red-50"
        : "border-slate-300 bg-slate-50";
  return (
    <div
      className={`flex flex-col gap-1 rounded-md border p-3 text-sm ${tone}`}
      data-testid="ab-result"
    >
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        <dt className="text-slate-600">Lift</dt>
        <dd className="font-semibold">
          {formatPoints(result.difference)}
          {result.relativeLift === null ? "" : ` (${formatRelative(result.relativeLift)} relative)`}
        </dd>
        <dt className="text-slate-600">{formatConfidence(result.confidence)} interval</dt>
        <dd>
          {formatPoints(result.interval[0])} to {formatPoints(result.interval[1])}
        </dd>
      </dl>
      <p>{abVerdictText(result)}</p>
      {planText ? <p>{planText}</p> : null}
      <p className="text-xs text-slate-600">
        Two-proportion z interval: (p̂v − p̂c) ± {result.z.toFixed(2)} · √(p̂c(1 − p̂c)/nc + p̂v(1 −
        p̂v)/nv).
      </p>
    </div>
  );
}
