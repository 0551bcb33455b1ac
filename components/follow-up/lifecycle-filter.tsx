import Link from "next/link";
import { LIFECYCLE, LIFECYCLE_LABELS, type Lifecycle } from "@/lib/follow-up/lifecycle";

/** Links that filter the dashboard by lifecycle stage, with how many workshops each holds. */
export function LifecycleFilter({
  counts,
  current,
}: {
  counts: Readonly<Record<Lifecycle, number>>;
  current: Lifecycle | null;
}) {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const options: { stage: Lifecycle | null; label: string; count: number }[] = [
    { stage: null, label: "All", count: total },
    ...LIFECYCLE.map((stage) => ({ stage, label: LIFECYCLE_LABELS[stage], count: counts[stage] })),
  ];
  return (
    <nav aria-label="Filter by stage">
      <ul className="flex flex-wrap gap-2">
        {options.map(({ stage, label, count }) => {
          const active = stage === current;
          return (
            <li key={stage ?? "all"}>
              <Link
                href={stage ? `/workshops?stage=${stage}` : "/workshops"}
                aria-current={active ? "page" : undefined}
                className={`inline-flex items-center gap-1 rounded-full border px-3 py-1 text-sm ${
                  active
                    ? "border-brand-700 bg-brand-700 font-semibold text-white"
                    : "hover:border-brand-500 border-slate-300 bg-white text-slate-800"
                }`}
              >
                {label} <span className="tabular-nums">({count})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
