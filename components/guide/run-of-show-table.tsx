import { formatDuration, type RunOfShow } from "@/lib/before-the-day/run-of-show";
import { STEP_GUIDES } from "./step-guide-content";

/** The printable agenda: one row per step with its time box and the facilitator's first question. */
export function RunOfShowTable({ plan }: { plan: RunOfShow }) {
  const recorded = plan.rows.some((row) => row.spentMinutes !== null);
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="mb-2 text-left text-sm text-slate-700">
        {plan.rows.length} steps, {formatDuration(plan.totalMinutes)} of working time, ending at{" "}
        {plan.endsAt} without breaks.
      </caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-2 pr-3 font-semibold">
            Time
          </th>
          <th scope="col" className="py-2 pr-3 font-semibold">
            Step
          </th>
          <th scope="col" className="py-2 pr-3 font-semibold">
            Time box
          </th>
          {recorded ? (
            <th scope="col" className="py-2 pr-3 font-semibold">
              Spent
            </th>
          ) : null}
          <th scope="col" className="py-2 font-semibold">
            What the group does · first question to ask
          </th>
        </tr>
      </thead>
      <tbody>
        {plan.rows.map((row) => (
          <tr key={row.step} className="break-inside-avoid border-b border-slate-200 align-top">
            <td className="py-2 pr-3 whitespace-nowrap tabular-nums">
              {row.startsAt}–{row.endsAt}
            </td>
            <th scope="row" className="py-2 pr-3 font-medium">
              {row.number}. {row.title}
            </th>
            <td className="py-2 pr-3 whitespace-nowrap">{row.minutes} min</td>
            {recorded ? (
              <td className="py-2 pr-3 whitespace-nowrap">
                {row.spentMinutes === null ? "–" : `${row.spentMinutes} min`}
              </td>
            ) : null}
            <td className="py-2 text-slate-700">
              <p>{row.prompt}</p>
              <p className="mt-1 text-slate-600 italic">
                {STEP_GUIDES[row.step].facilitator.questions[0]}
              </p>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
