import type { DataSource, Risk, Scenario } from "./records";

export function isMitigated(risk: Pick<Risk, "mitigation">): boolean {
  return risk.mitigation.trim().length > 0;
}

export function isUnmitigatedHigh(risk: Pick<Risk, "mitigation" | "severity">): boolean {
  return risk.severity === "high" && !isMitigated(risk);
}

export type ScenarioWarning =
  | { kind: "sensitive-data"; dataSourceIds: string[] }
  | { kind: "risk-without-mitigation"; riskIds: string[] }
  | { kind: "unmitigated-high-risk"; riskIds: string[] };

export type RiskCounts = { total: number; unmitigated: number; unmitigatedHigh: number };

const NO_RISKS: RiskCounts = { total: 0, unmitigated: 0, unmitigatedHigh: 0 };

/** Risk counts per scenario id (scenarios without risks are absent: use riskCountsFor). */
export function riskCountsByScenario(risks: readonly Risk[]): Map<string, RiskCounts> {
  const counts = new Map<string, RiskCounts>();
  for (const risk of risks) {
    const current = counts.get(risk.scenarioId) ?? NO_RISKS;
    counts.set(risk.scenarioId, {
      total: current.total + 1,
      unmitigated: current.unmitigated + (isMitigated(risk) ? 0 : 1),
      unmitigatedHigh: current.unmitigatedHigh + (isUnmitigatedHigh(risk) ? 1 : 0),
    });
  }
  return counts;
}

export function riskCountsFor(counts: Map<string, RiskCounts>, scenarioId: string): RiskCounts {
  return counts.get(scenarioId) ?? NO_RISKS;
}

/**
 * Warnings to show on one scenario: it uses a sensitive data source, has risks without a
 * mitigation, and (the stronger signal) has unmitigated high-severity risks.
 */
export function scenarioWarnings(options: {
  scenario: Pick<Scenario, "id" | "dataSourceIds">;
  dataSources: readonly Pick<DataSource, "id" | "sensitive">[];
  risks: readonly Risk[];
}): ScenarioWarning[] {
  const warnings: ScenarioWarning[] = [];
  const used = new Set(options.scenario.dataSourceIds);
  const sensitive = options.dataSources
    .filter((source) => source.sensitive && used.has(source.id))
    .map((source) => source.id);
  if (sensitive.length > 0) warnings.push({ kind: "sensitive-data", dataSourceIds: sensitive });
  const own = options.risks.filter((risk) => risk.scenarioId === options.scenario.id);
  const unmitigated = own.filter((risk) => !isMitigated(risk)).map((risk) => risk.id);
  if (unmitigated.length > 0)
    warnings.push({ kind: "risk-without-mitigation", riskIds: unmitigated });
  const high = own.filter(isUnmitigatedHigh).map((risk) => risk.id);
  if (high.length > 0) warnings.push({ kind: "unmitigated-high-risk", riskIds: high });
  return warnings;
}

/**
 * The ethics gate: the unmitigated high-severity risks of the item's scenario that nobody has
 * accepted. An acceptance covers the risks it lists, not ones added after it was given.
 */
export function blockingRisks(options: {
  item: {
    scenarioId: string;
    riskAcceptedBy: { readonly riskIds?: readonly string[] } | null;
  };
  risks: readonly Risk[];
}): Risk[] {
  const accepted = new Set(options.item.riskAcceptedBy?.riskIds ?? []);
  return options.risks.filter(
    (risk) =>
      risk.scenarioId === options.item.scenarioId &&
      isUnmitigatedHigh(risk) &&
      !accepted.has(risk.id),
  );
}
