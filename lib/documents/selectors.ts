import { withoutBlankNotes } from "./blank-notes";
import { segmentCoverage, type SegmentCoverage } from "./coverage";
import type { BoardSnapshot } from "./read-board";
import type { Risk, Scenario } from "./records";
import {
  blockingRisks,
  riskCountsByScenario,
  scenarioWarnings,
  type RiskCounts,
  type ScenarioWarning,
} from "./warnings";

// Pure reads over a snapshot. Groupings are computed once per snapshot (WeakMap), and every
// selection returns records from the snapshot itself, so shallow comparison detects "no change".

type Snapshot = BoardSnapshot;
type ReadonlyScenario = Snapshot["scenarios"][number];
type ReadonlyRisk = Snapshot["risks"][number];

const EMPTY: readonly never[] = Object.freeze([]);

function memo<T>(compute: (snapshot: Snapshot) => T): (snapshot: Snapshot) => T {
  const cache = new WeakMap<Snapshot, T>();
  return (snapshot) => {
    if (cache.has(snapshot)) return cache.get(snapshot) as T;
    const value = compute(snapshot);
    cache.set(snapshot, value);
    return value;
  };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const scenariosBySegment = memo((s) => groupBy(s.scenarios, (scenario) => scenario.segmentId));
const scenariosById = memo((s) => new Map(s.scenarios.map((scenario) => [scenario.id, scenario])));
const risksByScenario = memo((s) => groupBy(s.risks, (risk) => risk.scenarioId));
const riskCounts = memo((s) => riskCountsByScenario(s.risks as Risk[]));

/** Scenarios of one segment in order; null gives the unsorted tray. */
export function selectScenariosInSegment(
  snapshot: Snapshot,
  segmentId: string | null,
): readonly ReadonlyScenario[] {
  return scenariosBySegment(snapshot).get(segmentId) ?? EMPTY;
}

export function selectScenario(snapshot: Snapshot, scenarioId: string): ReadonlyScenario | null {
  return scenariosById(snapshot).get(scenarioId) ?? null;
}

/** Scenarios someone typed into, in order: the ideas that are counted, placed and ranked. */
export function selectIdeas(snapshot: Snapshot): readonly ReadonlyScenario[] {
  return withoutBlankNotes(snapshot).scenarios;
}

/** Ideas placed on the matrix (classify each with classifyQuadrant). */
export const selectPlacedScenarios = memo((s): readonly ReadonlyScenario[] =>
  selectIdeas(s).filter((scenario) => scenario.matrix !== null),
);

/** Ideas not on the matrix yet: the matrix step's tray (blank notes are not ideas yet). */
export const selectUnplacedScenarios = memo((s): readonly ReadonlyScenario[] =>
  selectIdeas(s).filter((scenario) => scenario.matrix === null),
);

export function selectRisksForScenario(
  snapshot: Snapshot,
  scenarioId: string,
): readonly ReadonlyRisk[] {
  return risksByScenario(snapshot).get(scenarioId) ?? EMPTY;
}

/** Total, unmitigated and unmitigated-high risk counts for a scenario's badge. */
export function selectRiskCounts(snapshot: Snapshot, scenarioId: string): RiskCounts {
  return riskCounts(snapshot).get(scenarioId) ?? { total: 0, unmitigated: 0, unmitigatedHigh: 0 };
}

export function selectScenarioWarnings(snapshot: Snapshot, scenarioId: string): ScenarioWarning[] {
  const scenario = selectScenario(snapshot, scenarioId);
  if (!scenario) return [];
  return scenarioWarnings({
    scenario: scenario as Scenario,
    dataSources: snapshot.dataSources,
    risks: selectRisksForScenario(snapshot, scenarioId) as Risk[],
  });
}

/** Segments with their scenario counts, for the coverage strip (fewer than 3 or more than 5). */
export const selectCoverage = memo((s): SegmentCoverage[] =>
  segmentCoverage({ segments: s.segments, scenarios: selectIdeas(s) }),
);

/** The risks keeping a roadmap item from being ready (the ethics gate); empty when clear. */
export function selectBlockingRisks(snapshot: Snapshot, itemId: string): readonly ReadonlyRisk[] {
  const item = snapshot.roadmap.find((candidate) => candidate.id === itemId);
  if (!item) return EMPTY;
  const risks = selectRisksForScenario(snapshot, item.scenarioId) as Risk[];
  return blockingRisks({ item, risks });
}
