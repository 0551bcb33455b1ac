import * as Y from "yjs";
import { db } from "@/lib/db";
import { importDocSnapshots } from "@/lib/document-store/import-doc-snapshots";
import { newInviteRecord } from "@/lib/invites/new-invite-record";
import type { TeamFunction } from "@/lib/workshops/roles";
import { buildSampleDocs, type SamplePerson } from "./build-sample-docs";
import { SAMPLE, SAMPLE_TITLE } from "./sample-content";

export type CreateSampleWorkshopOptions = {
  userId: string;
  facilitatorFunction?: TeamFunction;
  now?: Date;
};

/**
 * A finished sample workshop (see build-sample-docs.ts) with `userId` as its facilitator and the
 * sample's fictional team as guest participants (no email or password, so nobody can sign in as
 * them), titled "Sample: …" so the dashboard, the room and every export say what it is. Each call
 * makes a new one, which the person can explore and change freely.
 */
export async function createSampleWorkshop(
  options: CreateSampleWorkshopOptions,
): Promise<{ id: string }> {
  const { userId, facilitatorFunction = "product", now = new Date() } = options;
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
    const team: SamplePerson[] = [];
    for (const member of SAMPLE.team) {
      const user = await tx.user.create({
        data: {
          name: member.name,
          isGuest: true,
          memberships: {
            create: { workshopId: workshop.id, role: "participant", function: member.function },
          },
        },
        select: { id: true, name: true },
      });
      team.push({ userId: user.id, name: user.name });
    }
    await tx.invite.createMany({
      data: (["participant", "observer"] as const).map((role) =>
        newInviteRecord({ workshopId: workshop.id, role, createdById: userId }),
      ),
    });
    const docs = buildSampleDocs({ userId, team, now });
    const states = {
      board: Y.encodeStateAsUpdate(docs.board),
      control: Y.encodeStateAsUpdate(docs.control),
    };
    await importDocSnapshots({ tx, workshopId: workshop.id, states });
    return workshop;
  });
}
