"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { limiters } from "@/lib/auth/rate-limit";
import { withFormAccess } from "@/lib/auth/with-access";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { TeamFunctionSchema } from "@/lib/workshops/roles";

const JoinWithAccountSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "This invite link is malformed." }),
  function: TeamFunctionSchema,
});

/** A signed-in user accepts an invite with their own account. */
export const joinWithAccountAction = withFormAccess(
  {
    requires: "user",
    input: JoinWithAccountSchema,
    limit: {
      limiter: limiters.inviteRedemption,
      message: "Too many joins from your address. Try again in a few minutes.",
    },
  },
  async (input, { user }) => {
    const result = await redeemInvite({
      token: input.token,
      function: input.function,
      member: { userId: user.id },
    });
    // The join page explains a revoked, expired or unknown link.
    if (!result.ok) redirect(`/join/${input.token}`);
    redirect(`/workshops/${result.value.workshopId}`);
  },
);
