import * as Y from "yjs";
import { setCurrentStep } from "@/lib/documents/control";
import { addDataSource } from "@/lib/documents/data-sources";
import { addKpi } from "@/lib/documents/kpis";
import { placeOnMatrix } from "@/lib/documents/matrix";
import { migrateBoard } from "@/lib/documents/migrations";
import { setIdentityResolution } from "@/lib/documents/identity-resolution";
import { editObjective, setFollowUpDate, setObjectiveHelper } from "@/lib/documents/objective";
import type { BoardError, WriteResult } from "@/lib/documents/result";
import { ETHICS_CONCERNS } from "@/lib/documents/records";
import { addRisk } from "@/lib/documents/risks";
import { addToRoadmap, markRoadmapItemReady, updateRoadmapItem } from "@/lib/documents/roadmap";
import { answerEthicsConcern, tickLaunchCheck } from "@/lib/documents/roadmap-review";
import { addScenario } from "@/lib/documents/scenarios";
import { addSegment } from "@/lib/documents/segments";
import { editSharedText } from "@/lib/documents/shared-text";
import { addTechStackItem } from "@/lib/documents/tech-stack";
import { castVote, closeVote, openVote } from "@/lib/documents/votes";
import { SAMPLE } from "./sample-content";

export type SampleDocs = { board: Y.Doc; control: Y.Doc };

class SampleRefused extends Error {
  constructor(readonly error: BoardError) {
    super(`The sample workshop's content was refused: ${error.message}`);
  }
}

function must<T>(result: WriteResult<T>): T {
  if (!result.ok) throw new SampleRefused(result.error);
  return result.value;
}

function addDays(day: Date, days: number): string {
  return new Date(day.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** "2027-Q1" for the quarter `offset` quarters after `day`. */
function quarterSlot(day: Date, offset: number): string {
  const index = day.getUTCFullYear() * 4 + Math.floor(day.getUTCMonth() / 3) + offset;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

export type SamplePerson = { userId: string; name: string };

/**
 * The sample workshop's board and control docs, finished through step 8: objective, KPIs, data
 * and tools, segments with ideas and persofails, a closed vote, matrix placements, a roadmap with
 * owners, measurements and ethics reviews, and a follow-up date. Written only through the typed
 * board functions. Notes are signed by `userId`, the person opening the sample; `team` (in the
 * order of SAMPLE.team) votes, leads the roadmap items and signs the reviews.
 */
export function buildSampleDocs(options: {
  userId: string;
  team: readonly SamplePerson[];
  now: Date;
}): SampleDocs {
  const { userId, team, now } = options;
  const person = (index: number): SamplePerson => {
    const found = team[index];
    if (!found) throw new Error(`The sample names team member ${index}, who is missing`);
    return found;
  };
  const board = new Y.Doc();
  const control = new Y.Doc();
  migrateBoard(board);
  board.transact(() => {
    must(editObjective(board, { text: SAMPLE.objective }));
    must(setObjectiveHelper(board, SAMPLE.objectiveHelper));
    const kpiIds = SAMPLE.kpis.map((text) => must(addKpi(board, { text })).id);
    for (const item of SAMPLE.techStack) must(addTechStackItem(board, item));
    must(setIdentityResolution(board, { status: SAMPLE.identityResolution.status }));
    must(
      editSharedText(board, {
        target: { kind: "identity-note" },
        text: SAMPLE.identityResolution.note,
      }),
    );
    const sourceIds = new Map<string, string>();
    for (const { key, ...fields } of SAMPLE.dataSources) {
      sourceIds.set(key, must(addDataSource(board, fields)).id);
    }
    const scenarioIds = new Map<string, string>();
    const dots: string[] = [];
    for (const { scenarios, ...fields } of SAMPLE.segments) {
      const segment = must(addSegment(board, fields));
      for (const { key, risks = [], dataSources, matrix, votes, ...idea } of scenarios) {
        const scenario = must(
          addScenario(board, {
            ...idea,
            segmentId: segment.id,
            authorId: userId,
            dataSourceIds: dataSources.flatMap((source) => sourceIds.get(source) ?? []),
            now,
          }),
        );
        scenarioIds.set(key, scenario.id);
        for (const risk of risks) {
          must(addRisk(board, { ...risk, scenarioId: scenario.id, authorId: userId, now }));
        }
        must(placeOnMatrix(board, { scenarioId: scenario.id, ...matrix }));
        for (let dot = 0; dot < votes; dot++) dots.push(scenario.id);
      }
    }
    const round = must(
      openVote(control, {
        step: "prioritize",
        votesPerPerson: SAMPLE.vote.votesPerPerson,
        maxPerNote: SAMPLE.vote.maxPerNote,
        hideResults: false,
      }),
    );
    // Dots go round the team in turn, so nobody passes their budget or the per-note cap.
    dots.forEach((scenarioId, index) => {
      const voterId = person(index % team.length).userId;
      must(castVote(board, round, { voterId, scenarioId }));
    });
    must(closeVote(control, { step: "prioritize" }));
    for (const item of SAMPLE.roadmap) {
      const scenarioId = scenarioIds.get(item.scenarioKey);
      if (!scenarioId)
        throw new Error(`The sample roadmap names an unknown idea ${item.scenarioKey}`);
      const added = must(addToRoadmap(board, { scenarioId }));
      must(
        updateRoadmapItem(board, {
          itemId: added.id,
          ownerUserId: person(item.owner).userId,
          slot: quarterSlot(now, item.quarterOffset),
          metric: item.metric,
          abTest: item.abTest,
          measurement: { ...item.measurement, kpiId: kpiIds[item.kpi] ?? null },
          dependencies: item.dependencies,
        }),
      );
      for (const { check, by } of item.launchChecks) {
        const { userId: tickerId, name } = person(by);
        must(
          tickLaunchCheck(board, {
            itemId: added.id,
            check,
            ticked: true,
            userId: tickerId,
            name,
            now,
          }),
        );
      }
      if (item.ready) {
        // The ethics gate needs a complete review; the sample's legal member signed it. Both
        // ready ideas are rule-based, so no model decides and oversight does not apply.
        for (const concern of ETHICS_CONCERNS) {
          must(
            answerEthicsConcern(board, {
              itemId: added.id,
              concern,
              answer: concern === "humanOversight" ? "not-applicable" : "ok",
              userId: person(SAMPLE.reviewer).userId,
              name: person(SAMPLE.reviewer).name,
              now,
            }),
          );
        }
        must(markRoadmapItemReady(board, { itemId: added.id }));
      }
    }
    must(setFollowUpDate(board, { date: addDays(now, 14) }));
  });
  must(setCurrentStep(control, { step: "share" }));
  return { board, control };
}
