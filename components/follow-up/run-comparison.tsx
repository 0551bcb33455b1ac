import type { RunComparison } from "@/lib/follow-up/compare-runs";

function Names({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="list-disc pl-5 text-sm">
      {items.map((item, index) => (
        <li key={`${index}-${item}`}>{item}</li>
      ))}
    </ul>
  );
}

function Block({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `compare-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section
      aria-labelledby={id}
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** What changed between the previous run and this one. */
export function RunComparisonView({ comparison }: { comparison: RunComparison }) {
  const { segments, moved, roadmap, roadmapTally, risks } = comparison;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Block title="Segments">
        <h3 className="text-sm font-semibold">Added</h3>
        <Names items={segments.added} empty="None added." />
        <h3 className="text-sm font-semibold">Removed</h3>
        <Names items={segments.removed} empty="None removed." />
      </Block>
      <Block title="Ideas that moved on the matrix">
        {moved.length === 0 ? (
          <p className="text-sm text-slate-600">No idea changed quadrant.</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {moved.map((move) => (
              <li key={move.idea}>
                {move.idea}: {move.from} → {move.to}
              </li>
            ))}
          </ul>
        )}
      </Block>
      <Block title="Roadmap: shipped vs planned">
        <p className="text-sm">
          {roadmap.length} planned last time
          {roadmapTally.length > 0
            ? `: ${roadmapTally.map((entry) => `${entry.count} ${entry.label.toLowerCase()}`).join(", ")}.`
            : "."}
        </p>
        <ul className="list-disc pl-5 text-sm">
          {roadmap.map((item) => (
            <li key={item.idea}>
              {item.idea}: <span className="font-medium">{item.statusLabel}</span>
            </li>
          ))}
        </ul>
      </Block>
      <Block title="Risks">
        <h3 className="text-sm font-semibold">Closed</h3>
        <Names items={risks.closed} empty="None closed." />
        <h3 className="text-sm font-semibold">Mitigated since</h3>
        <Names items={risks.mitigated} empty="None newly mitigated." />
        <h3 className="text-sm font-semibold">Raised this time</h3>
        <Names items={risks.raised} empty="None raised yet." />
      </Block>
    </div>
  );
}
