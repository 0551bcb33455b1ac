import { memo } from "react";

type RiskBadgesProps = { total: number; unmitigated: number };

/** Plain-language risk summary of a note, for its accessible name. */
export function describeRisks({ total, unmitigated }: RiskBadgesProps): string {
  if (total === 0) return "No risks recorded";
  const risks = `${total} ${total === 1 ? "risk" : "risks"}`;
  return unmitigated > 0
    ? `${risks}, ${unmitigated} without mitigation`
    : `${risks}, all mitigated`;
}

/**
 * The risk count of a note and, when some risk has no mitigation yet, a warning marker that
 * says so in words and with an icon, never with colour alone.
 */
export const RiskBadges = memo(function RiskBadges({ total, unmitigated }: RiskBadgesProps) {
  if (total === 0) return null;
  return (
    <span aria-hidden="true" className="flex flex-wrap items-center gap-1 text-[0.6875rem]">
      <span className="rounded bg-slate-100 px-1 font-medium text-slate-700">
        {total} {total === 1 ? "risk" : "risks"}
      </span>
      {unmitigated > 0 ? (
        <span className="inline-flex items-center gap-0.5 rounded bg-red-50 px-1 font-semibold text-red-800 ring-1 ring-red-300">
          <svg viewBox="0 0 16 16" className="size-3" fill="currentColor">
            <path d="M8 1.5 15 14H1L8 1.5Zm-.75 4.5v4h1.5V6h-1.5Zm0 5.25v1.5h1.5v-1.5h-1.5Z" />
          </svg>
          {unmitigated} unmitigated
        </span>
      ) : null}
    </span>
  );
});
