"use server";

import { headers } from "next/headers";
import { forbidden } from "next/navigation";
import { requireMembership } from "@/lib/auth/current-user";
import {
  createStakeholderLink,
  getStakeholderLink,
  revokeStakeholderLinks,
} from "@/lib/sharing/stakeholder-shares";
import { canFacilitate } from "@/lib/workshops/roles";
import { WorkshopIdSchema } from "@/lib/workshops/schemas";
import { z } from "zod";

export type StakeholderLinkState = { url: string | null; error: string | null };

const IntentSchema = z.enum(["read", "create", "revoke"]);

async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

/** Reads, creates (replacing any earlier one) or revokes the stakeholder link. Facilitators only. */
export async function stakeholderLinkAction(
  workshopId: string,
  intent: string,
): Promise<StakeholderLinkState> {
  const id = WorkshopIdSchema.safeParse(workshopId);
  const action = IntentSchema.safeParse(intent);
  if (!id.success || !action.success) {
    return { url: null, error: "That request was not understood. Reload the page." };
  }
  const { user, membership } = await requireMembership(id.data, `/workshops/${id.data}`);
  if (!canFacilitate(membership.role)) forbidden();
  if (action.data === "revoke") {
    await revokeStakeholderLinks({ workshopId: id.data });
    return { url: null, error: null };
  }
  const link =
    action.data === "create"
      ? await createStakeholderLink({ workshopId: id.data, userId: user.id })
      : await getStakeholderLink({ workshopId: id.data });
  return { url: link ? `${await origin()}/s/${link.token}` : null, error: null };
}
