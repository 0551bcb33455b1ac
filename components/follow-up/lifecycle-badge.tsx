import { LIFECYCLE_LABELS, type LifecycleState } from "@/lib/follow-up/lifecycle";
import { formatSummaryDate } from "@/lib/summary/format-date";

const TONES: Record<LifecycleState["stage"], string> = {
  planned: "bg-slate-100 text-slate-700",
  live: "bg-sky-100 text-sky-900",
  summarized: "bg-violet-100 text-violet-900",
  "follow-up-due": "bg-amber-100 text-amber-900",
  "followed-up": "bg-emerald-100 text-emerald-900",
};

/** Where a workshop stands, in words (the colour only repeats them). */
export function LifecycleBadge({ lifecycle }: { lifecycle: LifecycleState }) {
  const { stage, overdueDays, followUpDate } = lifecycle;
  const detail =
    stage === "follow-up-due"
      ? overdueDays > 0
        ? `overdue by ${overdueDays} ${overdueDays === 1 ? "day" : "days"}`
        : "today"
      : stage === "summarized" && followUpDate
        ? `follow-up ${formatSummaryDate(followUpDate)}`
        : null;
  return (
    <span className="flex flex-col items-end gap-0.5 text-right" data-testid="lifecycle">
      <span className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${TONES[stage]}`}>
        {LIFECYCLE_LABELS[stage]}
      </span>
      {detail ? (
        <span
          className={`text-xs ${overdueDays > 0 ? "font-semibold text-amber-900" : "text-slate-600"}`}
        >
          {overdueDays > 0 ? "⚠ " : ""}
          {detail}
        </span>
      ) : null}
    </span>
  );
}
