"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withAccess } from "@/lib/auth/with-access";
import { IdSchema } from "@/lib/documents/write";
import { liveApi } from "@/lib/realtime/live-api";
import { fail, ok } from "@/lib/result";
import { handOverFacilitator } from "@/lib/workshops/hand-over-facilitator";
import { WorkshopIdSchema } from "@/lib/workshops/schemas";

const NOT_LIVE = "The live server is not running here; start the app with npm start.";

/** Reveals every member's private notes at once (facilitators only); the result is the message. */
export const revealPrivateNotesAction = withAccess(
  { requires: "facilitator", input: z.object({ workshopId: WorkshopIdSchema }) },
  async ({ workshopId }) => {
    const live = liveApi();
    if (!live) return fail("conflict", NOT_LIVE);
    const { revealed } = await live.revealPrivateNotes(workshopId);
    return ok(`Revealed ${revealed} private ${revealed === 1 ? "note" : "notes"}.`);
  },
);

/** Makes another member facilitator; the caller becomes a participant. */
export const handOverFacilitatorAction = withAccess(
  {
    requires: "facilitator",
    input: z.object({ workshopId: WorkshopIdSchema, toUserId: IdSchema }),
  },
  async ({ workshopId, toUserId }, { user }) => {
    const result = await handOverFacilitator({
      workshopId,
      fromUserId: user.id,
      toUserId,
      live: liveApi(),
    });
    if (!result.ok) return fail("conflict", result.error.message);
    revalidatePath(`/workshops/${workshopId}`);
    return ok("Facilitation handed over. You are now a participant.");
  },
);
