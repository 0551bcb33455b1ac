import * as Y from "yjs";
import { addDataSource } from "@/lib/documents/data-sources";
import { addKpi } from "@/lib/documents/kpis";
import { placeOnMatrix } from "@/lib/documents/matrix";
import { migrateBoard } from "@/lib/documents/migrations";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { addRisk } from "@/lib/documents/risks";
import { addToRoadmap, updateRoadmapItem } from "@/lib/documents/roadmap";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import { addTechStackItem } from "@/lib/documents/tech-stack";
import { markFromLastTime, type CarriedCollection, type PreviousRun } from "./from-last-time";
import type { FollowUpProgress } from "./progress";
import type { ProgressStatus } from "./progress-records";

type WriteOutcome = { ok: true } | { ok: false; error: { message: string } };

function must(result: WriteOutcome): void {
  if (!result.ok) throw new Error(`Could not carry a record over: ${result.error.message}`);
}

export type NextRunCounts = {
  segments: number;
  dataSources: number;
  roadmapItems: number;
  risks: number;
};

/**
 * The next run's board: segments, data sources, tools and KPIs as they were; the roadmap's ideas
 * (keeping their matrix place) with owner, slot, metric and test plan, and their risks with
 * mitigations; every record under its old id (so the runs can be compared) and marked "from last
 * time", roadmap items with the status they had at the follow-up. Notes carried over are signed by
 * `authorId`, the facilitator who runs it again. The objective is not written: it comes back as
 * the new workshop's draft.
 */
export function buildNextRunBoard(options: {
  previous: PreviousRun;
  board: BoardSnapshot;
  progress: FollowUpProgress;
  /** Members of the new run: owners who are not keep their items, without an owner. */
  memberIds: ReadonlySet<string>;
  authorId: string;
}): { doc: Y.Doc; counts: NextRunCounts } {
  const { board, progress, memberIds, authorId } = options;
  const doc = new Y.Doc();
  // The current schema version first, so no client migrates the carried records again.
  migrateBoard(doc);
  const marks: { collection: CarriedCollection; id: string; status?: ProgressStatus }[] = [];
  const mark = (collection: CarriedCollection, id: string, status?: ProgressStatus) =>
    marks.push(status ? { collection, id, status } : { collection, id });
  const onRoadmap = new Set(board.roadmap.map((item) => item.scenarioId));
  const scenarios = board.scenarios.filter((scenario) => onRoadmap.has(scenario.id));
  const segmentIds = new Set(board.segments.map((segment) => segment.id));
  const sourceIds = new Set(board.dataSources.map((source) => source.id));
  const risks = board.risks.filter((risk) => onRoadmap.has(risk.scenarioId));
  doc.transact(() => {
    for (const { id, name, description, lifecycleStage } of board.segments) {
      must(addSegment(doc, { id, name, description, lifecycleStage }));
      mark("segments", id);
    }
    for (const {
      id,
      name,
      kind,
      origin,
      quality,
      legalBasis,
      accessConstraints,
      sensitive,
    } of board.dataSources) {
      must(
        addDataSource(doc, {
          id,
          name,
          kind,
          origin,
          quality,
          legalBasis,
          accessConstraints,
          sensitive,
        }),
      );
      mark("dataSources", id);
    }
    for (const { id, name, category, notes } of board.techStack) {
      must(addTechStackItem(doc, { id, name, category, notes }));
      mark("techStack", id);
    }
    for (const { id, text } of board.kpis) {
      must(addKpi(doc, { id, text }));
      mark("kpis", id);
    }
    for (const scenario of scenarios) {
      must(
        addScenario(doc, {
          id: scenario.id,
          segmentId:
            scenario.segmentId !== null && segmentIds.has(scenario.segmentId)
              ? scenario.segmentId
              : null,
          text: scenario.text,
          authorId,
          dataSourceIds: scenario.dataSourceIds.filter((id) => sourceIds.has(id)),
          assumption: scenario.assumption,
          channel: scenario.channel,
          technique: scenario.technique,
          trigger: scenario.trigger,
          missingData: scenario.missingData,
        }),
      );
      if (scenario.matrix)
        must(placeOnMatrix(doc, { scenarioId: scenario.id, ...scenario.matrix }));
      mark("scenarios", scenario.id);
    }
    for (const risk of risks) {
      const { id, scenarioId, category, severity, description, mitigation } = risk;
      must(addRisk(doc, { id, scenarioId, category, severity, description, mitigation, authorId }));
      mark("risks", id);
    }
    for (const item of board.roadmap) {
      must(addToRoadmap(doc, { scenarioId: item.scenarioId }));
      must(
        updateRoadmapItem(doc, {
          itemId: item.id,
          ownerUserId:
            item.ownerUserId && memberIds.has(item.ownerUserId) ? item.ownerUserId : null,
          slot: item.slot,
          metric: { ...item.metric },
          abTest: { ...item.abTest },
          dependencies: item.dependencies,
        }),
      );
      const recorded = progress.items[item.id];
      mark("roadmap", item.id, recorded?.recorded ? recorded.status : "not-started");
    }
    markFromLastTime(doc, { previous: options.previous, records: marks });
  });
  return {
    doc,
    counts: {
      segments: board.segments.length,
      dataSources: board.dataSources.length,
      roadmapItems: board.roadmap.length,
      risks: risks.length,
    },
  };
}
