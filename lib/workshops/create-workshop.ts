import * as Y from "yjs";
import { db } from "@/lib/db";
import { importDocSnapshots } from "@/lib/document-store/import-doc-snapshots";
import { migrateBoard } from "@/lib/documents/migrations";
import { newInviteRecord } from "@/lib/invites/new-invite-record";
import { templateById, type TemplateId } from "@/lib/templates/catalog";
import { BLANK_TEMPLATE_ID } from "@/lib/templates/template-types";
import { writeTemplate } from "@/lib/templates/write-template";
import type { CreateWorkshopInput } from "./schemas";

export type CreateWorkshopOptions = {
  userId: string;
  input: CreateWorkshopInput;
  /** A worked starting point whose examples fill the boards; blank when omitted. */
  template?: TemplateId;
};

/** The board and control docs' first states for a template, written as the facilitator. */
function templateDocs(template: TemplateId, userId: string) {
  const content = templateById(template);
  if (!content) return null;
  const board = new Y.Doc();
  // Stamps the current schema version first, so no client migrates the template's records.
  migrateBoard(board);
  const written = writeTemplate(board, { template: content, authorId: userId });
  if (!written.ok) throw new Error(`Template ${template} is invalid: ${written.error.message}`);
  return {
    objective: content.objective,
    states: { board: Y.encodeStateAsUpdate(board), control: Y.encodeStateAsUpdate(new Y.Doc()) },
  };
}

/**
 * A workshop with its creator as facilitator and a participant and an observer link ready to
 * share; from a template, its boards start with the template's examples.
 */
export async function createWorkshop(options: CreateWorkshopOptions): Promise<{ id: string }> {
  const { userId, input, template = BLANK_TEMPLATE_ID } = options;
  const docs = templateDocs(template, userId);
  return db.$transaction(async (tx) => {
    const workshop = await tx.workshop.create({
      data: {
        title: input.title,
        objectiveDraft: input.objectiveDraft ?? docs?.objective ?? null,
        scheduledFor: input.scheduledFor ?? null,
        createdById: userId,
        memberships: {
          create: { userId, role: "facilitator", function: input.facilitatorFunction },
        },
      },
      select: { id: true },
    });
    await tx.invite.createMany({
      data: (["participant", "observer"] as const).map((role) =>
        newInviteRecord({ workshopId: workshop.id, role, createdById: userId }),
      ),
    });
    if (docs) await importDocSnapshots({ tx, workshopId: workshop.id, states: docs.states });
    return workshop;
  });
}
