import { abResult, abVerdictText } from "@/lib/follow-up/ab-result";
import type { AbCounts } from "@/lib/follow-up/progress-records";

function points(fraction: number): string {
  return `${fraction >= 0 ? "+" : "−"}${Math.abs(fraction * 100).toFixed(2)} pt`;
}

/** The observed lift with its 95 % interval and the verdict in words. */
export function AbResultPanel({ counts }: { counts: AbCounts }) {
  const result = abResult(counts);
  if (!result) {
    return <p className="text-sm text-slate-600">Enter both groups&apos; sizes to see the lift.</p>;
  }
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
          {points(result.difference)}
          {result.relativeLift === null
            ? ""
            : ` (${result.relativeLift >= 0 ? "+" : "−"}${Math.abs(result.relativeLift * 100).toFixed(1)} % relative)`}
        </dd>
        <dt className="text-slate-600">95 % interval</dt>
        <dd>
          {points(result.interval[0])} to {points(result.interval[1])}
        </dd>
      </dl>
      <p>{abVerdictText(result)}</p>
      <p className="text-xs text-slate-600">
        Two-proportion z interval: (p̂ variant − p̂ control) ± 1.96 · √(p̂c(1−p̂c)/nc + p̂v(1−p̂v)/nv).
      </p>
    </div>
  );
}
