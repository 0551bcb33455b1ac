import * as Y from "yjs";
import { db } from "@/lib/db";
import { importDocSnapshots } from "@/lib/document-store/import-doc-snapshots";
import { loadWorkshopDocs } from "@/lib/document-store/load-workshop-docs";
import { readBoard } from "@/lib/documents/read-board";
import { buildNextRunBoard, type NextRunCounts } from "@/lib/follow-up/next-run";
import { readFollowUpProgress } from "@/lib/follow-up/progress";
import { newInviteRecord } from "@/lib/invites/new-invite-record";
import { fail, ok, type Result } from "@/lib/result";
import { getWorkshop } from "./get-workshop";

const RUN_SUFFIX = / · run (\d+)$/;

/** "Checkout" → "Checkout · run 2", "Checkout · run 2" → "Checkout · run 3" (120 characters max). */
export function nextRunTitle(title: string): string {
  const match = RUN_SUFFIX.exec(title);
  const base = match ? title.slice(0, match.index) : title;
  const suffix = ` · run ${match ? Number(match[1]) + 1 : 2}`;
  return `${base.slice(0, 120 - suffix.length)}${suffix}`;
}

/**
 * "Run again": the next workshop of the series, with the same people (same roles and functions;
 * whoever runs it is its facilitator) and fresh invite links, the previous objective as its draft,
 * and the board carried over by buildNextRunBoard. Callers check that `userId` facilitates.
 */
export async function runAgain(options: {
  workshopId: string;
  userId: string;
}): Promise<Result<{ id: string; counts: NextRunCounts }>> {
  const { workshopId, userId } = options;
  const previous = await getWorkshop({ workshopId });
  if (!previous) return fail("not-found", "No such workshop.");
  const docs = await loadWorkshopDocs({ workshopId });
  const board = readBoard(docs.board);
  const members = previous.roster.map((member) =>
    member.userId === userId ? { ...member, role: "facilitator" as const } : member,
  );
  const { doc, counts } = buildNextRunBoard({
    previous: { workshopId, title: previous.title },
    board,
    progress: readFollowUpProgress(docs.board),
    memberIds: new Set(members.map((member) => member.userId)),
    authorId: userId,
  });
  const states = { board: Y.encodeStateAsUpdate(doc), control: Y.encodeStateAsUpdate(new Y.Doc()) };
  doc.destroy();
  docs.board.destroy();
  docs.control.destroy();
  const created = await db.$transaction(async (tx) => {
    const workshop = await tx.workshop.create({
      data: {
        title: nextRunTitle(previous.title),
        objectiveDraft: board.objective.trim() || previous.objectiveDraft,
        scheduledFor: null,
        createdById: userId,
        memberships: {
          create: members.map((member) => ({
            userId: member.userId,
            role: member.role,
            function: member.function,
          })),
        },
      },
      select: { id: true },
    });
    await tx.invite.createMany({
      data: (["participant", "observer"] as const).map((role) =>
        newInviteRecord({ workshopId: workshop.id, role, createdById: userId }),
      ),
    });
    await importDocSnapshots({ tx, workshopId: workshop.id, states });
    return workshop;
  });
  return ok({ id: created.id, counts });
}
