import { classifyQuadrant, QUADRANT_LABELS } from "@/lib/documents/quadrant";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import type { FollowUpProgress } from "./progress";
import { PROGRESS_STATUSES, PROGRESS_STATUS_LABELS, type ProgressStatus } from "./progress-records";

// What changed between two runs of a series. Records keep their ids across runs ("Run again"
// carries them over under the same id), so "the same idea" means the same id.

export type RunSide = { board: BoardSnapshot; progress: FollowUpProgress };

export type RunComparison = {
  segments: { added: string[]; removed: string[]; kept: string[] };
  /** Ideas on the matrix in both runs whose quadrant changed. */
  moved: { idea: string; from: string; to: string }[];
  /** The previous roadmap, item by item, with where it ended up at its follow-up. */
  roadmap: { idea: string; status: ProgressStatus | null; statusLabel: string }[];
  /** How many of the previous roadmap items reached each status (unrecorded ones as null). */
  roadmapTally: { status: ProgressStatus | null; label: string; count: number }[];
  risks: {
    /** Risks of the previous run that are gone from this one. */
    closed: string[];
    /** Risks that had no mitigation last time and have one now. */
    mitigated: string[];
    /** Risks raised in this run. */
    raised: string[];
  };
};

const text = (value: string, fallback: string) => value.trim() || fallback;

export function compareRuns(previous: RunSide, current: RunSide): RunComparison {
  const before = previous.board;
  const after = current.board;
  const nowSegments = new Set(after.segments.map((s) => s.id));
  const thenSegments = new Set(before.segments.map((s) => s.id));
  const ideaText = new Map(
    [...before.scenarios, ...after.scenarios].map((s) => [s.id, text(s.text, "Untitled idea")]),
  );
  const thenIdeas = new Map(before.scenarios.map((s) => [s.id, s]));
  const moved: RunComparison["moved"] = [];
  for (const idea of after.scenarios) {
    const old = thenIdeas.get(idea.id);
    if (!old?.matrix || !idea.matrix) continue;
    const from = classifyQuadrant(old.matrix);
    const to = classifyQuadrant(idea.matrix);
    if (from !== to) {
      moved.push({
        idea: ideaText.get(idea.id) ?? "",
        from: QUADRANT_LABELS[from],
        to: QUADRANT_LABELS[to],
      });
    }
  }
  const roadmap = before.roadmap.map((item) => {
    const recorded = previous.progress.items[item.id];
    const status = recorded?.recorded ? recorded.status : null;
    return {
      idea: ideaText.get(item.scenarioId) ?? "Untitled idea",
      status,
      statusLabel: status ? PROGRESS_STATUS_LABELS[status] : "No update recorded",
    };
  });
  const roadmapTally = [...PROGRESS_STATUSES, null]
    .map((status) => ({
      status,
      label: status ? PROGRESS_STATUS_LABELS[status] : "No update recorded",
      count: roadmap.filter((item) => item.status === status).length,
    }))
    .filter((entry) => entry.count > 0);
  const nowRisks = new Map(after.risks.map((r) => [r.id, r]));
  const thenRiskIds = new Set(before.risks.map((r) => r.id));
  const riskText = (description: string) => text(description, "Untitled risk");
  return {
    segments: {
      added: after.segments
        .filter((s) => !thenSegments.has(s.id))
        .map((s) => text(s.name, "Untitled segment")),
      removed: before.segments
        .filter((s) => !nowSegments.has(s.id))
        .map((s) => text(s.name, "Untitled segment")),
      kept: after.segments
        .filter((s) => thenSegments.has(s.id))
        .map((s) => text(s.name, "Untitled segment")),
    },
    moved,
    roadmap,
    roadmapTally,
    risks: {
      closed: before.risks.filter((r) => !nowRisks.has(r.id)).map((r) => riskText(r.description)),
      mitigated: before.risks
        .filter(
          (r) => r.mitigation.trim() === "" && (nowRisks.get(r.id)?.mitigation.trim() ?? "") !== "",
        )
        .map((r) => riskText(r.description)),
      raised: after.risks.filter((r) => !thenRiskIds.has(r.id)).map((r) => riskText(r.description)),
    },
  };
}
