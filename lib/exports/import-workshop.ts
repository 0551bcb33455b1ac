import * as Y from "yjs";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { newInviteRecord } from "@/lib/invites/new-invite-record";
import { setAnonymousMode } from "@/lib/documents/control";
import { restoreBoard } from "@/lib/documents/restore-board";
import { importDocSnapshots } from "@/lib/document-store/import-doc-snapshots";
import { importFollowUp } from "@/lib/follow-up/follow-up-export";
import type { TeamFunction } from "@/lib/workshops/roles";
import { parseWorkshopJson } from "./json";
import { validateWorkshopExport } from "./validate-workshop-export";

export type ImportWorkshopOptions = {
  userId: string;
  facilitatorFunction: TeamFunction;
} & (
  | { json: string }
  /** Already parsed (off the event loop, see lib/imports/parse-json-in-worker.ts). */
  | { value: unknown }
);

export type ImportWorkshopResult = Result<{ id: string }, "unprocessable">;

/**
 * Creates a new workshop from a JSON export, with the importer as its facilitator: the boards are
 * restored as the docs' first snapshot. People are not carried over; they join by invite.
 */
export async function importWorkshop(
  options: ImportWorkshopOptions,
): Promise<ImportWorkshopResult> {
  const parsed =
    "json" in options ? parseWorkshopJson(options.json) : validateWorkshopExport(options.value);
  if (!parsed.ok) return fail("unprocessable", parsed.error);
  const { value } = parsed;
  const board = new Y.Doc();
  restoreBoard(board, parsed.board);
  if (value.followUp) {
    importFollowUp(board, value.followUp, new Set(parsed.board.roadmap.map((item) => item.id)));
  }
  const control = new Y.Doc();
  setAnonymousMode(control, { anonymous: value.control.anonymous });
  const states = {
    board: Y.encodeStateAsUpdate(board),
    control: Y.encodeStateAsUpdate(control),
  };
  const workshop = await db.$transaction(async (tx) => {
    const created = await tx.workshop.create({
      data: {
        title: value.workshop.title,
        objectiveDraft: value.workshop.objectiveDraft,
        scheduledFor: value.workshop.date ? new Date(`${value.workshop.date}T00:00:00.000Z`) : null,
        createdById: options.userId,
        memberships: {
          create: {
            userId: options.userId,
            role: "facilitator",
            function: options.facilitatorFunction,
          },
        },
      },
      select: { id: true },
    });
    await tx.invite.createMany({
      data: (["participant", "observer"] as const).map((role) =>
        newInviteRecord({ workshopId: created.id, role, createdById: options.userId }),
      ),
    });
    await importDocSnapshots({ tx, workshopId: created.id, states });
    return created;
  });
  return ok({ id: workshop.id });
}
