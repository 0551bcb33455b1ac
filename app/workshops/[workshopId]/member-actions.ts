"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireMembership } from "@/lib/auth/current-user";
import { liveApi } from "@/lib/realtime/server/live-api";
import { changeMemberRole } from "@/lib/workshops/change-member-role";
import { removeMember, type MemberChangeResult } from "@/lib/workshops/remove-member";
import { canFacilitate } from "@/lib/workshops/roles";
import { WorkshopIdSchema } from "@/lib/workshops/schemas";

const MemberInputSchema = z.object({
  workshopId: WorkshopIdSchema,
  userId: z.string().min(1).max(64),
});
const RoleSchema = z.enum(["participant", "observer"]);

const NOT_UNDERSTOOD = { ok: false, reason: "That request was not understood. Reload the page." };
const NOT_FACILITATOR = { ok: false, reason: "Only the facilitator can change the team." };

async function facilitatorInput(input: unknown) {
  const parsed = MemberInputSchema.safeParse(input);
  if (!parsed.success) return { error: NOT_UNDERSTOOD } as const;
  const { workshopId, userId } = parsed.data;
  const { user, membership } = await requireMembership(workshopId, `/workshops/${workshopId}`);
  if (!canFacilitate(membership.role)) return { error: NOT_FACILITATOR } as const;
  return { workshopId, userId, byUserId: user.id } as const;
}

/** Takes a participant or observer out of the workshop; their sockets close at once. */
export async function removeMemberAction(
  workshopId: string,
  userId: string,
): Promise<MemberChangeResult> {
  const input = await facilitatorInput({ workshopId, userId });
  if ("error" in input) return input.error as MemberChangeResult;
  const result = await removeMember({ ...input, live: liveApi() });
  if (result.ok) revalidatePath(`/workshops/${input.workshopId}`);
  return result;
}

/** Makes a participant an observer or back; their sockets reconnect under the new role. */
export async function changeMemberRoleAction(
  workshopId: string,
  userId: string,
  role: string,
): Promise<MemberChangeResult> {
  const input = await facilitatorInput({ workshopId, userId });
  const parsedRole = RoleSchema.safeParse(role);
  if ("error" in input) return input.error as MemberChangeResult;
  if (!parsedRole.success) return NOT_UNDERSTOOD as MemberChangeResult;
  const result = await changeMemberRole({ ...input, role: parsedRole.data, live: liveApi() });
  if (result.ok) revalidatePath(`/workshops/${input.workshopId}`);
  return result;
}
