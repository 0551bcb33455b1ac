"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withFormAccess } from "@/lib/auth/with-access";
import { regenerateInvite, revokeInvites } from "@/lib/invites/revoke-invites";
import { ok } from "@/lib/result";
import { InviteRoleSchema, WorkshopIdSchema } from "@/lib/workshops/schemas";

const InviteInputSchema = z.object({ workshopId: WorkshopIdSchema, role: InviteRoleSchema });

/** Revokes the role's invite link; the result is the message to show. */
export const revokeInviteAction = withFormAccess(
  { requires: "facilitator", input: InviteInputSchema },
  async (input) => {
    await revokeInvites(input);
    revalidatePath(`/workshops/${input.workshopId}`);
    return ok("Link revoked. Nobody can join with it any more.");
  },
);

/** Replaces the role's invite link with a new one. */
export const regenerateInviteAction = withFormAccess(
  { requires: "facilitator", input: InviteInputSchema },
  async (input, { user }) => {
    await regenerateInvite({ ...input, userId: user.id });
    revalidatePath(`/workshops/${input.workshopId}`);
    return ok("New link ready. The old one no longer works.");
  },
);
