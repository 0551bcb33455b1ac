import type * as Y from "yjs";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import type { SummaryBlock, SummarySection } from "@/lib/summary/summary-blocks";
import { formatSummaryDate } from "@/lib/summary/format-date";
import { abPlanProgress, abPlanText } from "./ab-plan";
import { abResult, abVerdictText, confidenceOf } from "./ab-result";
import { hasProgress, readFollowUpProgress } from "./progress";
import { PROGRESS_STATUS_LABELS } from "./progress-records";

// The follow-up in the summary model: a "Progress" section that every format draws once anything
// was recorded.

export type SummaryProgressItem = {
  rank: number;
  scenario: string;
  owner: string | null;
  /** "No update yet" until something was recorded for the item. */
  status: string;
  dropReason: string;
  update: string;
  /** The A/B result in words (lift, interval, verdict), or null without counts. */
  abResult: string | null;
  lastChange: { at: string; by: string } | null;
};

export type SummaryProgress = { heldAt: string | null; items: SummaryProgressItem[] };

/** The follow-up's progress for the summary, or null while nothing was recorded. */
export function summarizeProgress(options: {
  doc: Y.Doc;
  board: BoardSnapshot;
  roster: readonly { userId: string; name: string }[];
}): SummaryProgress | null {
  const progress = readFollowUpProgress(options.doc);
  if (!hasProgress(progress)) return null;
  const names = new Map(options.roster.map((member) => [member.userId, member.name]));
  const texts = new Map(options.board.scenarios.map((s) => [s.id, s.text.trim()]));
  return {
    heldAt: progress.heldAt,
    items: options.board.roadmap.map((item, index) => {
      const recorded = progress.items[item.id];
      const last = progress.log.find((entry) => entry.itemId === item.id);
      const confidence = confidenceOf(item.measurement.alphaPercent);
      const result = recorded?.ab ? abResult(recorded.ab, confidence) : null;
      const plan =
        result && recorded?.ab
          ? abPlanText(result, abPlanProgress(recorded.ab, item.measurement))
          : null;
      return {
        rank: index + 1,
        scenario: texts.get(item.scenarioId) || "Untitled scenario",
        owner: item.ownerUserId ? (names.get(item.ownerUserId) ?? null) : null,
        status: recorded?.recorded ? PROGRESS_STATUS_LABELS[recorded.status] : "No update yet",
        dropReason: recorded?.status === "dropped" ? recorded.dropReason : "",
        update: recorded?.update ?? "",
        abResult: result ? [abVerdictText(result), plan].filter(Boolean).join(" ") : null,
        lastChange: last ? { at: last.at, by: last.by } : null,
      };
    }),
  };
}

/** The "Progress" section of the summary document. */
export function progressSection(progress: SummaryProgress): SummarySection {
  const blocks: SummaryBlock[] = [
    {
      kind: "paragraph",
      tone: "muted",
      text: progress.heldAt
        ? `Follow-up meeting held; closed on ${formatSummaryDate(progress.heldAt)}.`
        : "Recorded ahead of and during the follow-up meeting.",
    },
    {
      kind: "table",
      caption: "Progress",
      columns: [
        { header: "#", weight: 0.5 },
        { header: "Feature", weight: 3 },
        { header: "Owner", weight: 1.5 },
        { header: "Status", weight: 1.5 },
        { header: "Update", weight: 3.5 },
        { header: "Last change", weight: 2 },
      ],
      rows: progress.items.map((item) => [
        String(item.rank),
        item.scenario,
        item.owner ?? "—",
        item.dropReason ? `${item.status}: ${item.dropReason}` : item.status,
        item.update || "—",
        item.lastChange ? `${formatSummaryDate(item.lastChange.at)}, ${item.lastChange.by}` : "—",
      ]),
    },
  ];
  const tests = progress.items.filter((item) => item.abResult !== null);
  if (tests.length > 0) {
    blocks.push({
      kind: "list",
      items: tests.map((item) => ({
        lead: `${item.rank}. ${item.scenario}:`,
        text: item.abResult ?? "",
      })),
    });
  }
  return { id: "progress", title: "Progress", blocks };
}
