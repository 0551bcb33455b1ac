"use server";

import { z } from "zod";
import { withAccess } from "@/lib/auth/with-access";
import { fail, ok } from "@/lib/result";
import { runAgain } from "@/lib/workshops/run-again";
import { WorkshopIdSchema } from "@/lib/workshops/schemas";

/** Creates the next run of a workshop (facilitators only); the result is the new workshop's id. */
export const runAgainAction = withAccess(
  { requires: "facilitator", input: z.object({ workshopId: WorkshopIdSchema }) },
  async ({ workshopId }, { user }) => {
    if (user.isGuest)
      return fail("forbidden", "Create a facilitator account to run a workshop again.");
    const result = await runAgain({ workshopId, userId: user.id });
    return result.ok ? ok(result.value.id) : result;
  },
);
