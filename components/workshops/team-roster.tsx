import type { RosterEntry } from "@/lib/workshops/get-workshop";
import { FUNCTION_LABELS, ROLE_LABELS } from "@/lib/workshops/roles";
import { RECOMMENDED_TEAM_SIZE, teamCoverage } from "@/lib/workshops/team-coverage";

const ROLE_BADGE: Record<RosterEntry["role"], string> = {
  facilitator: "bg-brand-100 text-brand-700",
  participant: "bg-emerald-100 text-emerald-800",
  observer: "bg-slate-200 text-slate-700",
};

export function TeamRoster({ roster }: { roster: RosterEntry[] }) {
  const coverage = teamCoverage(roster);
  return (
    <section aria-labelledby="roster-heading" className="flex flex-col gap-4">
      <div className="flex items-baseline justify-between gap-4">
        <h3 id="roster-heading" className="text-lg font-semibold">
          Who is taking part
        </h3>
        <p className="text-sm text-slate-600">
          {coverage.activeCount} taking part · {RECOMMENDED_TEAM_SIZE.min}–
          {RECOMMENDED_TEAM_SIZE.max} recommended
        </p>
      </div>
      <ul
        aria-label="Roster"
        className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
      >
        {roster.map((entry) => (
          <li key={entry.userId} className="flex items-center justify-between gap-4 px-4 py-3">
            <span className="flex flex-col">
              <span className="font-medium">
                {entry.name}
                {entry.isGuest ? <span className="ml-2 text-xs text-slate-500">guest</span> : null}
              </span>
              <span className="text-sm text-slate-600">{FUNCTION_LABELS[entry.function]}</span>
            </span>
            <span
              className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${ROLE_BADGE[entry.role]}`}
            >
              {ROLE_LABELS[entry.role]}
            </span>
          </li>
        ))}
      </ul>
      {coverage.missingFunctions.length > 0 ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <span className="font-medium">Not yet in the room:</span>{" "}
          {coverage.missingFunctions.map((fn) => FUNCTION_LABELS[fn]).join(", ")}. Each function
          sees risks and constraints the others miss.
        </p>
      ) : null}
    </section>
  );
}
