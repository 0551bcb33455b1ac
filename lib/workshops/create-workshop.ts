import { db } from "@/lib/db";
import { newInviteRecord } from "@/lib/invites/new-invite-record";
import type { CreateWorkshopInput } from "./schemas";

export type CreateWorkshopOptions = { userId: string; input: CreateWorkshopInput };

/** A workshop with its creator as facilitator and a participant and an observer link ready to share. */
export async function createWorkshop(options: CreateWorkshopOptions): Promise<{ id: string }> {
  const { userId, input } = options;
  return db.$transaction(async (tx) => {
    const workshop = await tx.workshop.create({
      data: {
        title: input.title,
        objectiveDraft: input.objectiveDraft ?? null,
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
    return workshop;
  });
}
