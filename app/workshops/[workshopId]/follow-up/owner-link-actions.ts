"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { withAccess } from "@/lib/auth/with-access";
import { serverSecret } from "@/lib/config/server-secret";
import { IdSchema } from "@/lib/documents/write";
import { setOwnerLinkNonce } from "@/lib/follow-up/progress";
import { requestOrigin } from "@/lib/http/request-origin";
import { liveApi } from "@/lib/realtime/live-api";
import { fail, ok } from "@/lib/result";
import { newOwnerLinkNonce, ownerLinkToken } from "@/lib/sharing/owner-links";
import { WorkshopIdSchema } from "@/lib/workshops/schemas";

/**
 * Makes the owner link of a roadmap item (facilitators only); a link made before for the same item
 * stops working. The result is the link to send.
 */
export const createOwnerLinkAction = withAccess(
  {
    requires: "facilitator",
    input: z.object({ workshopId: WorkshopIdSchema, itemId: IdSchema }),
  },
  async ({ workshopId, itemId }) => {
    const live = liveApi();
    if (!live)
      return fail("conflict", "The live server is not running here; start the app with npm start.");
    const nonce = newOwnerLinkNonce();
    const written = await live.applyServerChange({
      workshopId,
      docName: "board",
      change: (doc) => setOwnerLinkNonce(doc, { itemId, nonce }),
    });
    if (!written.ok) return fail("invalid-input", written.error.message);
    const token = ownerLinkToken({ workshopId, itemId, nonce }, serverSecret());
    return ok(`${requestOrigin(await headers())}/u/${token}`);
  },
);
