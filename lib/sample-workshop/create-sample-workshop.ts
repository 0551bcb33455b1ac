import * as Y from "yjs";
import { db } from "@/lib/db";
import { importDocSnapshots } from "@/lib/document-store/import-doc-snapshots";
import { newInviteRecord } from "@/lib/invites/new-invite-record";
import type { TeamFunction } from "@/lib/workshops/roles";
import { buildSampleDocs } from "./build-sample-docs";
import { SAMPLE, SAMPLE_TITLE } from "./sample-content";

export type CreateSampleWorkshopOptions = {
  userId: string;
  facilitatorFunction?: TeamFunction;
  now?: Date;
};

/**
 * A finished sample workshop (see build-sample-docs.ts) with `userId` as its facilitator, titled
 * "Sample: …" so the dashboard, the room and every export say what it is. Each call makes a new
 * one, which the person can explore and change freely.
 */
export async function createSampleWorkshop(
  options: CreateSampleWorkshopOptions,
): Promise<{ id: string }> {
  const { userId, facilitatorFunction = "product", now = new Date() } = options;
  const docs = buildSampleDocs({ userId, now });
  const states = {
    board: Y.encodeStateAsUpdate(docs.board),
    control: Y.encodeStateAsUpdate(docs.control),
  };
  return db.$transaction(async (tx) => {
    const workshop = await tx.workshop.create({
      data: {
        title: SAMPLE_TITLE,
        objectiveDraft: SAMPLE.objectiveDraft,
        scheduledFor: new Date(`${now.toISOString().slice(0, 10)}T00:00:00.000Z`),
        createdById: userId,
        memberships: { create: { userId, role: "facilitator", function: facilitatorFunction } },
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
}
