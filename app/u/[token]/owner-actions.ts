"use server";

import { z } from "zod";
import { withAccess } from "@/lib/auth/with-access";
import { serverSecret } from "@/lib/config/server-secret";
import { updateOwnerItem } from "@/lib/follow-up/owner-item";
import {
  AbCountsSchema,
  DropReasonSchema,
  OwnerUpdateSchema,
  ProgressStatusSchema,
} from "@/lib/follow-up/progress-records";
import { liveApi } from "@/lib/realtime/live-api";
import { fail, ok } from "@/lib/result";
import { ownerLinkLimiter } from "@/lib/sharing/owner-links";

/**
 * An item's owner records its progress through their link: no session, the link is the right
 * to update that one item (lib/sharing/owner-links.ts).
 */
export const updateOwnerItemAction = withAccess(
  {
    requires: "anyone",
    input: z.object({
      token: z.string().max(300),
      status: ProgressStatusSchema,
      dropReason: DropReasonSchema,
      update: OwnerUpdateSchema,
      ab: z.optional(AbCountsSchema),
    }),
    limit: {
      limiter: ownerLinkLimiter,
      message: "Too many updates from your address. Try again in a few minutes.",
    },
  },
  async ({ token, ...update }) => {
    const result = await updateOwnerItem({
      token,
      secret: serverSecret(),
      update,
      live: liveApi(),
    });
    return result.ok
      ? ok("Saved. The facilitator sees your update now.")
      : fail(result.error.code, result.error.message);
  },
);
