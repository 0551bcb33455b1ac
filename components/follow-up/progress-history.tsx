import type { ProgressLogEntry } from "@/lib/follow-up/progress-records";

const FORMAT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** Who changed what and when (times in UTC, the same for everyone). */
export function ProgressHistory({ entries }: { entries: readonly ProgressLogEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-slate-700">History ({entries.length})</summary>
      <ol className="mt-2 flex flex-col gap-1">
        {entries.map((entry) => (
          <li key={`${entry.at}-${entry.by}-${entry.text}`} className="text-slate-700">
            <time dateTime={entry.at} className="text-slate-600">
              {FORMAT.format(new Date(entry.at))} UTC
            </time>{" "}
            · <span className="font-medium">{entry.by}</span>: {entry.text}
          </li>
        ))}
      </ol>
    </details>
  );
}
