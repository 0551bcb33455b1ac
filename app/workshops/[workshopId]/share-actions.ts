"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { withAccess } from "@/lib/auth/with-access";
import { requestOrigin } from "@/lib/http/request-origin";
import { ok } from "@/lib/result";
import {
  createStakeholderLink,
  getStakeholderLink,
  revokeStakeholderLinks,
} from "@/lib/sharing/stakeholder-shares";
import { WorkshopIdSchema } from "@/lib/workshops/schemas";

const ShareInputSchema = z.object({ workshopId: WorkshopIdSchema });

async function linkUrl(token: string | undefined): Promise<string | null> {
  return token ? `${requestOrigin(await headers())}/s/${token}` : null;
}

/** The current stakeholder link's address, or null when there is none. Facilitators only. */
export const getStakeholderLinkAction = withAccess(
  { requires: "facilitator", input: ShareInputSchema },
  async ({ workshopId }) => {
    const link = await getStakeholderLink({ workshopId });
    return ok(await linkUrl(link?.token));
  },
);

/** Creates a stakeholder link, replacing any earlier one; its address. */
export const createStakeholderLinkAction = withAccess(
  { requires: "facilitator", input: ShareInputSchema },
  async ({ workshopId }, { user }) => {
    const link = await createStakeholderLink({ workshopId, userId: user.id });
    return ok(await linkUrl(link.token));
  },
);

/** Revokes every stakeholder link of the workshop. */
export const revokeStakeholderLinkAction = withAccess(
  { requires: "facilitator", input: ShareInputSchema },
  async ({ workshopId }) => {
    await revokeStakeholderLinks({ workshopId });
    return ok(null);
  },
);
