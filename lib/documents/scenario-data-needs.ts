import type { DataSource } from "./records";

// A scenario needs data; step 3 lists what the company has. When the two disagree, the idea
// rests on data nobody has checked for quality, consent or access, and the board says so.

export type DataGap = {
  /** What the group wrote under "needs data we don't list yet" (trimmed), or "". */
  described: string;
  /** Tagged sources that are no longer in step 3 (deleted while someone was tagging). */
  unlistedIds: string[];
};

/** The data a scenario needs that step 3 does not list; null when everything it needs is there. */
export function scenarioDataGap(options: {
  scenario: { readonly dataSourceIds: readonly string[]; readonly missingData: string };
  dataSources: readonly Pick<DataSource, "id">[];
}): DataGap | null {
  const listed = new Set(options.dataSources.map((source) => source.id));
  const unlistedIds = options.scenario.dataSourceIds.filter((id) => !listed.has(id));
  const described = options.scenario.missingData.trim().replace(/\s+/g, " ");
  return described || unlistedIds.length > 0 ? { described, unlistedIds } : null;
}

/** The gap in one sentence, for the note, the summary and every export. */
export function dataGapText(gap: DataGap): string {
  const parts: string[] = [];
  if (gap.described) parts.push(gap.described);
  if (gap.unlistedIds.length > 0) {
    const n = gap.unlistedIds.length;
    parts.push(`${n} tagged ${n === 1 ? "source was" : "sources were"} removed from step 3`);
  }
  return `Needs data step 3 does not list: ${parts.join("; ")}.`;
}
