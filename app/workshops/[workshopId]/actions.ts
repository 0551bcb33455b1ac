"use server";

import { forbidden } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireMembership } from "@/lib/auth/current-user";
import { regenerateInvite, revokeInvites } from "@/lib/invites/revoke-invites";
import { canFacilitate } from "@/lib/workshops/roles";
import { InviteRoleSchema, WorkshopIdSchema } from "@/lib/workshops/schemas";

export type InviteActionState = { error: string | null; done: string | null };

async function facilitatorInput(form: FormData) {
  const workshopId = WorkshopIdSchema.safeParse(form.get("workshopId"));
  const role = InviteRoleSchema.safeParse(form.get("role"));
  if (!workshopId.success || !role.success) return null;
  const { user, membership } = await requireMembership(
    workshopId.data,
    `/workshops/${workshopId.data}`,
  );
  if (!canFacilitate(membership.role)) forbidden();
  return { userId: user.id, workshopId: workshopId.data, role: role.data };
}

export async function revokeInviteAction(
  _previous: InviteActionState,
  form: FormData,
): Promise<InviteActionState> {
  const input = await facilitatorInput(form);
  if (!input) return { error: "That request was not understood. Reload the page.", done: null };
  await revokeInvites(input);
  revalidatePath(`/workshops/${input.workshopId}`);
  return { error: null, done: "Link revoked. Nobody can join with it any more." };
}

export async function regenerateInviteAction(
  _previous: InviteActionState,
  form: FormData,
): Promise<InviteActionState> {
  const input = await facilitatorInput(form);
  if (!input) return { error: "That request was not understood. Reload the page.", done: null };
  await regenerateInvite(input);
  revalidatePath(`/workshops/${input.workshopId}`);
  return { error: null, done: "New link ready. The old one no longer works." };
}
