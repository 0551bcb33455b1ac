import { db } from "@/lib/db";
import { readExampleMarks, type ExampleRef } from "@/lib/documents/example-marks";
import { readFromLastTime, type FromLastTime } from "@/lib/follow-up/from-last-time";
import { buildSummary, type WorkshopSummary } from "@/lib/summary/build-summary";
import { readControl } from "@/lib/documents/control";
import { finalVoteCounts } from "@/lib/documents/final-vote-counts";
import { reactionCounts, type ReactionCounts } from "@/lib/documents/reactions";
import { readBoard, type BoardSnapshot } from "@/lib/documents/read-board";
import { loadWorkshopDocs } from "@/lib/document-store/load-workshop-docs";
import { summarizeProgress } from "@/lib/follow-up/summary-progress";
import { exportFollowUp, type FollowUpExport } from "@/lib/follow-up/follow-up-export";
import { readFollowUpProgress } from "@/lib/follow-up/progress";
import { workshopDocsVersion } from "@/lib/document-store/workshop-docs-version";
import { getWorkshop, type WorkshopDetails } from "@/lib/workshops/get-workshop";

export type WorkshopExportData = {
  workshop: WorkshopDetails;
  date: string | null;
  board: BoardSnapshot;
  anonymous: boolean;
  /** +1 and "?" counts per note. */
  reactions: Record<string, ReactionCounts>;
  summary: WorkshopSummary;
  /** The follow-up as the JSON export keeps it; null while nothing was recorded. */
  followUp?: FollowUpExport | null;
  /** Changes whenever either persisted doc changes: for the stakeholder page's polling. */
  version: string;
  /** Each member's email where known (account, or kept from an import), by user id. */
  emails?: Record<string, string>;
  /** Template examples nobody has touched yet, for the JSON export. */
  exampleMarks?: ExampleRef[];
  /** What "Run again" carried over from the previous run, for the JSON export. */
  fromLastTime?: FromLastTime;
};

/**
 * Everything the exports and the stakeholder page render, read from the database (the realtime
 * server commits each update before relaying it). Callers check access first. Null when the
 * workshop does not exist.
 */
export async function loadWorkshopExport(options: {
  workshopId: string;
  now?: Date;
}): Promise<WorkshopExportData | null> {
  // The version is read before the docs: a commit in between costs one extra refresh, not a
  // missed one.
  const version = await workshopDocsVersion({ workshopId: options.workshopId });
  const [workshop, docs, emails] = await Promise.all([
    getWorkshop({ workshopId: options.workshopId }),
    loadWorkshopDocs({ workshopId: options.workshopId }),
    rosterEmails(options.workshopId),
  ]);
  if (!workshop) return null;
  const board = readBoard(docs.board);
  const { anonymous } = readControl(docs.control);
  const date = workshop.scheduledFor ? workshop.scheduledFor.toISOString().slice(0, 10) : null;
  const roster = workshop.roster.map(({ userId, name, role, function: fn }) => ({
    userId,
    name,
    role,
    function: fn,
  }));
  const reactions = reactionCounts(docs.board);
  const summary = buildSummary({
    workshop: {
      title: workshop.title,
      date,
      facilitator: roster.find((member) => member.role === "facilitator")?.name ?? null,
    },
    roster,
    board,
    anonymous,
    votes: finalVoteCounts(docs.board, docs.control),
    reactions,
    today: (options.now ?? new Date()).toISOString().slice(0, 10),
  });
  const progress = summarizeProgress({ doc: docs.board, board, roster });
  if (progress) summary.progress = progress;
  const followUp = exportFollowUp(readFollowUpProgress(docs.board));
  const exampleMarks = readExampleMarks(docs.board);
  const fromLastTime = readFromLastTime(docs.board);
  return {
    workshop,
    date,
    board,
    anonymous,
    followUp,
    reactions,
    summary,
    version,
    emails,
    exampleMarks,
    fromLastTime,
  };
}

async function rosterEmails(workshopId: string): Promise<Record<string, string>> {
  const memberships = await db.membership.findMany({
    where: { workshopId },
    select: { userId: true, email: true, user: { select: { email: true } } },
  });
  return Object.fromEntries(
    memberships.flatMap((m) => {
      const email = m.user.email ?? m.email;
      return email ? [[m.userId, email]] : [];
    }),
  );
}
