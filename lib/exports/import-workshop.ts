import * as Y from "yjs";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { newInviteRecord } from "@/lib/invites/new-invite-record";
import { setAnonymousMode } from "@/lib/documents/control";
import { restoreBoard, type BoardContent } from "@/lib/documents/restore-board";
import { importDocSnapshots } from "@/lib/document-store/import-doc-snapshots";
import { importFollowUp } from "@/lib/follow-up/follow-up-export";
import type { TeamFunction } from "@/lib/workshops/roles";
import { importPeople, remapPeople, type ImportPeople } from "./import-people";
import { parseWorkshopJson, type WorkshopExport } from "./json";
import { restoreBoardMarks } from "./restore-marks";
import { validateWorkshopExport } from "./validate-workshop-export";

export type ImportWorkshopOptions = {
  userId: string;
  facilitatorFunction: TeamFunction;
  /**
   * What happens to the exported roster (lib/exports/import-people.ts). Omitted: nobody is carried
   * over and the boards keep the exported ids (the import form always chooses).
   */
  people?: ImportPeople;
} & (
  | { json: string }
  /** Already parsed (off the event loop, see lib/imports/parse-json-in-worker.ts). */
  | { value: unknown }
);

export type ImportWorkshopResult = Result<
  { id: string; invited: number; namesOnly: number },
  "unprocessable"
>;

/**
 * Creates a new workshop from a JSON export, with the importer as its facilitator: the roster is
 * kept (see importPeople), person references in the boards point at the new members, the boards
 * are restored as the docs' first snapshot with untouched template examples still marked, and
 * fresh participant and observer links are made.
 */
export async function importWorkshop(
  options: ImportWorkshopOptions,
): Promise<ImportWorkshopResult> {
  const parsed =
    "json" in options ? parseWorkshopJson(options.json) : validateWorkshopExport(options.value);
  if (!parsed.ok) return fail("unprocessable", parsed.error);
  const { value } = parsed;
  const importer = await db.user.findUnique({
    where: { id: options.userId },
    select: { id: true, email: true },
  });
  if (!importer) return fail("unprocessable", "Your account no longer exists.");
  const result = await db.$transaction(async (tx) => {
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
    const people = options.people
      ? await importPeople({
          tx,
          workshopId: created.id,
          importer,
          roster: value.roster,
          people: options.people,
        })
      : { ids: new Map<string, string>(), invited: 0, namesOnly: 0 };
    await tx.invite.createMany({
      data: (["participant", "observer"] as const).map((role) =>
        newInviteRecord({ workshopId: created.id, role, createdById: options.userId }),
      ),
    });
    await importDocSnapshots({
      tx,
      workshopId: created.id,
      states: boardStates(value, remapPeople(parsed.board, people.ids), people.ids),
    });
    return { id: created.id, invited: people.invited, namesOnly: people.namesOnly };
  });
  return ok(result);
}

function boardStates(
  value: WorkshopExport,
  content: BoardContent,
  ids: ReadonlyMap<string, string>,
): { board: Uint8Array; control: Uint8Array } {
  const board = new Y.Doc();
  restoreBoard(board, content);
  restoreBoardMarks(board, value.board, content);
  if (value.followUp) {
    importFollowUp(
      board,
      remapPeople(value.followUp, ids),
      new Set(content.roadmap.map((item) => item.id)),
    );
  }
  const control = new Y.Doc();
  setAnonymousMode(control, { anonymous: value.control.anonymous });
  const states = { board: Y.encodeStateAsUpdate(board), control: Y.encodeStateAsUpdate(control) };
  board.destroy();
  control.destroy();
  return states;
}
