import { RiskBadges } from "./risk-badges";

type NoteFaceProps = { text: string; riskTotal: number; riskUnmitigated: number };

/** The note under the pointer while dragging (the drag overlay); purely visual. */
export function NoteFace({ text, riskTotal, riskUnmitigated }: NoteFaceProps) {
  return (
    <div
      aria-hidden="true"
      className="flex size-full min-w-36 cursor-grabbing flex-col gap-1 rounded-md border border-amber-400 bg-amber-50 p-2 text-xs leading-snug text-slate-900 shadow-lg"
    >
      <span className="line-clamp-3">{text || "Untitled idea"}</span>
      <RiskBadges total={riskTotal} unmitigated={riskUnmitigated} />
    </div>
  );
}
