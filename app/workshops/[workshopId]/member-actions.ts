"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withAccess } from "@/lib/auth/with-access";
import { liveApi } from "@/lib/realtime/live-api";
import { fail, ok } from "@/lib/result";
import { changeMemberRole } from "@/lib/workshops/change-member-role";
import { removeMember } from "@/lib/workshops/remove-member";
import { WorkshopIdSchema } from "@/lib/workshops/schemas";

const MemberInputSchema = z.object({
  workshopId: WorkshopIdSchema,
  userId: z.string().min(1).max(64),
});

/** Takes a participant or observer out of the workshop; their sockets close at once. */
export const removeMemberAction = withAccess(
  { requires: "facilitator", input: MemberInputSchema },
  async (input, { user }) => {
    const result = await removeMember({ ...input, byUserId: user.id, live: liveApi() });
    if (!result.ok) return fail("conflict", result.error.message);
    revalidatePath(`/workshops/${input.workshopId}`);
    return ok({ name: result.value.name });
  },
);

/** Makes a participant an observer or back; their sockets reconnect under the new role. */
export const changeMemberRoleAction = withAccess(
  {
    requires: "facilitator",
    input: MemberInputSchema.extend({ role: z.enum(["participant", "observer"]) }),
  },
  async (input, { user }) => {
    const result = await changeMemberRole({ ...input, byUserId: user.id, live: liveApi() });
    if (!result.ok) return fail("conflict", result.error.message);
    revalidatePath(`/workshops/${input.workshopId}`);
    return ok({ name: result.value.name });
  },
);
