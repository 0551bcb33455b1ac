import {
  classifyQuadrant,
  priorityScore,
  QUADRANT_LABELS,
  type Quadrant,
} from "@/lib/documents/quadrant";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import type {
  DataQuality,
  DataSourceKind,
  DataSourceOrigin,
  IdentityResolution,
  LifecycleStage,
  RiskCategory,
  ScenarioChannel,
  ScenarioTechnique,
  Severity,
  TechCategory,
} from "@/lib/documents/records";
import type { ReactionCounts } from "@/lib/documents/reactions";
import { dataGapText, scenarioDataGap } from "@/lib/documents/scenario-data-needs";
import { blockingRisks, isMitigated } from "@/lib/documents/warnings";
import { FUNCTION_LABELS, type TeamFunction, type WorkshopRole } from "@/lib/workshops/roles";
import { teamCoverage } from "@/lib/workshops/team-coverage";
import { followUpDateOf } from "./follow-up";
import type { SummaryProgress } from "@/lib/follow-up/summary-progress";
import {
  summarizeQuality,
  summarizeEthicsReview,
  summarizeLaunch,
  summarizeMeasurement,
  type SummaryEthicsReview,
  type SummaryLaunch,
  type SummaryMeasurement,
} from "./roadmap-method";
import { slotLabel } from "./slots";
import { withoutBlankNotes } from "@/lib/documents/blank-notes";

// The one model every rendering of a workshop's outcome reads: the live preview in step 8, and
// later the exports and the stakeholder page. Pure: same input, same output, no I/O, no clock.

export type SummaryMember = {
  userId: string;
  name: string;
  role: WorkshopRole;
  function: TeamFunction;
};

export type BuildSummaryInput = {
  workshop: {
    title: string;
    /** Calendar date of the workshop ("2027-03-14"), or null when none was set. */
    date: string | null;
    /** The facilitator's name; null when the workshop has none on its roster. */
    facilitator: string | null;
  };
  roster: readonly SummaryMember[];
  board: BoardSnapshot;
  /** The control doc's anonymous mode: no author names in the summary. */
  anonymous: boolean;
  /** Used for the default follow-up date only when the workshop has no date ("2027-03-14"). */
  today?: string;
  /** scenarioId → dots from the last closed vote (see lib/documents/final-vote-counts.ts). */
  votes?: Readonly<Record<string, number>> | null;
  /** scenarioId → +1 and "?" reactions from steps 4–5 (see lib/documents/reactions.ts). */
  reactions?: Readonly<Record<string, ReactionCounts>> | null;
};

export type SummaryParticipant = {
  name: string;
  role: WorkshopRole;
  function: TeamFunction;
  functionLabel: string;
};

export type SummaryDataSource = {
  id: string;
  name: string;
  kind: DataSourceKind;
  origin: DataSourceOrigin;
  quality: DataQuality;
  legalBasis: string;
  accessConstraints: string;
  sensitive: boolean;
};

export type SummaryTechItem = { id: string; name: string; category: TechCategory; notes: string };

export type SummarySegment = {
  id: string;
  name: string;
  description: string;
  lifecycleStage: LifecycleStage;
  scenarioCount: number;
};

export type SummaryScenario = {
  id: string;
  text: string;
  segment: string | null;
  /** null while the scenario is not on the matrix. */
  quadrant: Quadrant | null;
  quadrantLabel: string | null;
  /** 0–1, low → high. */
  value: number | null;
  /** 0–1, hard → easy. */
  feasibility: number | null;
  /** value × feasibility, the ranking used by the roadmap proposal. */
  score: number | null;
  assumption: boolean;
  channel: ScenarioChannel | null;
  technique: ScenarioTechnique | null;
  trigger: string;
  /** Names of the step-3 sources it uses. */
  dataSources: string[];
  /** The data it needs that step 3 does not list, as a sentence; null when none. */
  dataGap: string | null;
  usesSensitiveData: boolean;
  onRoadmap: boolean;
  riskCount: number;
  /** Dots from the last closed vote; null when no vote has been closed. */
  votes: number | null;
  /** +1s and questions on the note (nobody is named). */
  reactions: { plusOne: number; question: number };
  /** The idea this note duplicates (stacked on it in step 4), or null. */
  sameIdeaAs: string | null;
  /** null in anonymous workshops and when the author is no longer on the roster. */
  author: string | null;
  /** The quick quality check: criteria met of seven, and the labels of those not met yet. */
  quality: { met: number; total: number; open: string[] };
};

export type SummaryRisk = {
  id: string;
  category: RiskCategory;
  severity: Severity;
  description: string;
  mitigation: string;
  mitigated: boolean;
  /** Unmitigated, high severity and accepted by someone on a roadmap item. */
  accepted: boolean;
  author: string | null;
};

export type SummaryRiskAcceptance = { name: string; at: string };

export type SummaryRiskGroup = {
  scenarioId: string;
  scenario: string;
  risks: SummaryRisk[];
  acceptance: SummaryRiskAcceptance | null;
};

export type SummaryRoadmapItem = {
  id: string;
  rank: number;
  scenarioId: string;
  scenario: string;
  owner: string | null;
  slot: string | null;
  slotLabel: string | null;
  metric: { name: string; baseline: string; target: string };
  abTest: { control: string; durationDays: number | null };
  dependencies: string;
  /** Primary metric's KPI, guardrail, experiment design and sample size (lib/method). */
  measurement: SummaryMeasurement;
  /** Every ethics concern with its answer, note, who answered and when. */
  ethicsReview: SummaryEthicsReview;
  /** The launch-readiness checks with who ticked them and when. */
  launch: SummaryLaunch;
  ready: boolean;
  riskAcceptedBy: SummaryRiskAcceptance | null;
  /** Unmitigated high-severity risks nobody has accepted: the ethics gate holds the item. */
  blockedByRisks: number;
  risks: { description: string; severity: Severity; mitigation: string }[];
};

export type SummaryNextStep = {
  kind:
    | "assign-owner"
    | "schedule"
    | "define-metric"
    | "plan-test"
    | "mitigate-risk"
    | "validate-assumption"
    | "start-item";
  text: string;
};

export type WorkshopSummary = {
  title: string;
  date: string | null;
  facilitator: string | null;
  objective: { text: string; kpis: string[] };
  participants: { people: SummaryParticipant[]; missingFunctions: string[] };
  dataSources: SummaryDataSource[];
  identityResolution: IdentityResolution;
  techStack: SummaryTechItem[];
  segments: SummarySegment[];
  /** Matrix-placed scenarios by value × feasibility, then the ones not placed. */
  scenarios: SummaryScenario[];
  risksByScenario: SummaryRiskGroup[];
  roadmap: SummaryRoadmapItem[];
  assumptions: { scenario: string; segment: string | null }[];
  nextSteps: SummaryNextStep[];
  followUp: { date: string | null; isDefault: boolean };
  /** The follow-up's progress once anything was recorded (lib/follow-up/summary-progress.ts). */
  progress?: SummaryProgress;
};

function clean(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

/** A scenario's text for headings and tables; empty notes still get a readable name. */
function scenarioName(text: string): string {
  return clean(text) || "Untitled scenario";
}

/** Builds the workshop summary from the board snapshot, the roster and the workshop details. */
export function buildSummary(input: BuildSummaryInput): WorkshopSummary {
  const { roster, anonymous } = input;
  // Notes nobody typed into are not ideas: the summary never lists an "Untitled scenario".
  const board = withoutBlankNotes(input.board);
  const names = new Map(roster.map((member) => [member.userId, member.name]));
  // No authorId: written in anonymous mode, so nobody is named even after the mode is off.
  const authorName = (userId: string | undefined) =>
    anonymous || userId === undefined ? null : (names.get(userId) ?? null);

  const segmentNames = new Map(board.segments.map((segment) => [segment.id, segment.name]));
  const sensitiveSources = new Set(
    board.dataSources.filter((source) => source.sensitive).map((source) => source.id),
  );
  const scenarioTexts = new Map(board.scenarios.map((s) => [s.id, scenarioName(s.text)]));
  const onRoadmap = new Set(board.roadmap.map((item) => item.scenarioId));
  const risks = board.risks.map((risk) => ({ ...risk }));

  const acceptanceByScenario = new Map<string, SummaryRiskAcceptance>();
  const acceptedRiskIds = new Set<string>();
  for (const item of board.roadmap) {
    if (!item.riskAcceptedBy) continue;
    const acceptance = { name: item.riskAcceptedBy.name, at: item.riskAcceptedBy.at };
    acceptanceByScenario.set(item.scenarioId, acceptance);
    const stillBlocking = new Set(
      blockingRisks({ item: { ...item }, risks }).map((risk) => risk.id),
    );
    for (const risk of risks) {
      if (
        risk.scenarioId === item.scenarioId &&
        risk.severity === "high" &&
        !isMitigated(risk) &&
        !stillBlocking.has(risk.id)
      ) {
        acceptedRiskIds.add(risk.id);
      }
    }
  }

  const riskCount = new Map<string, number>();
  for (const risk of risks)
    riskCount.set(risk.scenarioId, (riskCount.get(risk.scenarioId) ?? 0) + 1);

  const sourceNames = new Map(
    board.dataSources.map((source) => [source.id, clean(source.name) || "Unnamed data source"]),
  );
  const scenarios: SummaryScenario[] = board.scenarios.map((scenario) => {
    const matrix = scenario.matrix;
    const gap = scenarioDataGap({ scenario, dataSources: board.dataSources });
    const quadrant = matrix ? classifyQuadrant(matrix) : null;
    return {
      id: scenario.id,
      text: scenarioName(scenario.text),
      segment: scenario.segmentId ? (segmentNames.get(scenario.segmentId) ?? null) : null,
      quadrant,
      quadrantLabel: quadrant ? QUADRANT_LABELS[quadrant] : null,
      value: matrix ? matrix.value : null,
      feasibility: matrix ? matrix.feasibility : null,
      score: matrix ? priorityScore(matrix) : null,
      assumption: scenario.assumption,
      channel: scenario.channel,
      technique: scenario.technique,
      trigger: clean(scenario.trigger),
      dataSources: scenario.dataSourceIds.flatMap((id) => sourceNames.get(id) ?? []),
      dataGap: gap ? dataGapText(gap) : null,
      usesSensitiveData: scenario.dataSourceIds.some((id) => sensitiveSources.has(id)),
      onRoadmap: onRoadmap.has(scenario.id),
      riskCount: riskCount.get(scenario.id) ?? 0,
      votes: input.votes ? (input.votes[scenario.id] ?? 0) : null,
      sameIdeaAs: scenario.stackedOn ? (scenarioTexts.get(scenario.stackedOn) ?? null) : null,
      reactions: {
        plusOne: input.reactions?.[scenario.id]?.["plus-one"] ?? 0,
        question: input.reactions?.[scenario.id]?.question ?? 0,
      },
      author: authorName(scenario.authorId),
      quality: summarizeQuality(scenario.quality),
    };
  });
  // Stable sort: placed scenarios by score (then value), unplaced ones keep their board order.
  scenarios.sort((a, b) => {
    if (a.score === null || b.score === null)
      return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0);
    return b.score - a.score || (b.value ?? 0) - (a.value ?? 0);
  });

  const risksByScenario: SummaryRiskGroup[] = [];
  for (const scenario of board.scenarios) {
    const own = risks.filter((risk) => risk.scenarioId === scenario.id);
    if (own.length === 0) continue;
    risksByScenario.push({
      scenarioId: scenario.id,
      scenario: scenarioName(scenario.text),
      risks: own.map((risk) => ({
        id: risk.id,
        category: risk.category,
        severity: risk.severity,
        description: clean(risk.description),
        mitigation: clean(risk.mitigation),
        mitigated: isMitigated(risk),
        accepted: acceptedRiskIds.has(risk.id),
        author: authorName(risk.authorId),
      })),
      acceptance: acceptanceByScenario.get(scenario.id) ?? null,
    });
  }

  const roadmap: SummaryRoadmapItem[] = board.roadmap.map((item, index) => ({
    id: item.id,
    rank: index + 1,
    scenarioId: item.scenarioId,
    scenario: scenarioTexts.get(item.scenarioId) ?? "Untitled scenario",
    // Owners and risk acceptances are decisions people signed up to, not note authorship, so
    // they are named even in anonymous workshops: the summary must say who is accountable.
    owner: item.ownerUserId ? (names.get(item.ownerUserId) ?? null) : null,
    slot: item.slot,
    slotLabel: item.slot ? slotLabel(item.slot) : null,
    metric: {
      name: clean(item.metric.name),
      baseline: clean(item.metric.baseline),
      target: clean(item.metric.target),
    },
    abTest: { control: clean(item.abTest.control), durationDays: item.abTest.durationDays },
    dependencies: item.dependencies.trim(),
    measurement: summarizeMeasurement(item.measurement, board.kpis),
    ethicsReview: summarizeEthicsReview(item.ethics, item.ethicsNotes),
    launch: summarizeLaunch(item.launch),
    ready: item.ready,
    riskAcceptedBy: item.riskAcceptedBy
      ? { name: item.riskAcceptedBy.name, at: item.riskAcceptedBy.at }
      : null,
    blockedByRisks: blockingRisks({ item: { ...item }, risks }).length,
    risks: risks
      .filter((risk) => risk.scenarioId === item.scenarioId)
      .map((risk) => ({
        description: clean(risk.description),
        severity: risk.severity,
        mitigation: clean(risk.mitigation),
      })),
  }));

  const assumptions = board.scenarios
    .filter((scenario) => scenario.assumption)
    .map((scenario) => ({
      scenario: scenarioName(scenario.text),
      segment: scenario.segmentId ? (segmentNames.get(scenario.segmentId) ?? null) : null,
    }));

  const followUp = followUpDateOf({
    stored: board.followUpDate,
    workshopDate: input.workshop.date,
    today: input.today ?? null,
  });

  return {
    title: input.workshop.title,
    date: input.workshop.date,
    facilitator: input.workshop.facilitator,
    objective: {
      text: board.objective.trim(),
      kpis: board.kpis.map((kpi) => clean(kpi.text)).filter((text) => text.length > 0),
    },
    participants: {
      people: roster.map((member) => ({
        name: member.name,
        role: member.role,
        function: member.function,
        functionLabel: FUNCTION_LABELS[member.function],
      })),
      missingFunctions: teamCoverage([...roster]).missingFunctions.map((fn) => FUNCTION_LABELS[fn]),
    },
    dataSources: board.dataSources.map((source) => ({
      id: source.id,
      name: clean(source.name) || "Unnamed data source",
      kind: source.kind,
      origin: source.origin,
      quality: source.quality,
      legalBasis: clean(source.legalBasis),
      accessConstraints: clean(source.accessConstraints),
      sensitive: source.sensitive,
    })),
    identityResolution: {
      status: board.identityResolution.status,
      note: clean(board.identityResolution.note),
    },
    techStack: board.techStack.map((tool) => ({
      id: tool.id,
      name: clean(tool.name) || "Unnamed tool",
      category: tool.category,
      notes: clean(tool.notes),
    })),
    segments: board.segments.map((segment) => ({
      id: segment.id,
      name: clean(segment.name) || "Unnamed segment",
      description: clean(segment.description),
      lifecycleStage: segment.lifecycleStage,
      scenarioCount: board.scenarios.filter((s) => s.segmentId === segment.id).length,
    })),
    scenarios,
    risksByScenario,
    roadmap,
    assumptions,
    nextSteps: nextSteps({ roadmap, risksByScenario, assumptions }),
    followUp,
  };
}

function nextSteps(options: {
  roadmap: readonly SummaryRoadmapItem[];
  risksByScenario: readonly SummaryRiskGroup[];
  assumptions: readonly { scenario: string }[];
}): SummaryNextStep[] {
  const steps: SummaryNextStep[] = [];
  for (const item of options.roadmap) {
    const name = `“${item.scenario}”`;
    if (!item.owner) steps.push({ kind: "assign-owner", text: `Name an owner for ${name}.` });
    if (!item.slot) steps.push({ kind: "schedule", text: `Choose when ${name} starts.` });
    if (!item.metric.name || !item.metric.target) {
      steps.push({
        kind: "define-metric",
        text: `Agree on a success metric and target for ${name}.`,
      });
    }
    if (!item.abTest.control || item.abTest.durationDays === null) {
      steps.push({
        kind: "plan-test",
        text: `Plan the A/B test for ${name}: control group and duration.`,
      });
    }
    if (item.owner && item.slot) {
      const when = item.slotLabel ?? item.slot;
      steps.push({ kind: "start-item", text: `${item.owner} starts ${name} in ${when}.` });
    }
  }
  for (const group of options.risksByScenario) {
    const open = group.risks.filter((risk) => !risk.mitigated && !risk.accepted).length;
    if (open > 0) {
      const noun = open === 1 ? "risk" : "risks";
      steps.push({
        kind: "mitigate-risk",
        text: `Write a mitigation for ${open} open ${noun} of “${group.scenario}”.`,
      });
    }
  }
  for (const assumption of options.assumptions) {
    steps.push({
      kind: "validate-assumption",
      text: `Check the assumption behind “${assumption.scenario}” with real data.`,
    });
  }
  return steps;
}
