"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { limiters } from "@/lib/auth/rate-limit";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { TeamFunctionSchema } from "@/lib/workshops/roles";

const JoinWithAccountSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  function: TeamFunctionSchema,
});

export type JoinState = { error: string | null };

/** A signed-in user accepts an invite with their own account. */
export async function joinWithAccountAction(
  _previous: JoinState,
  form: FormData,
): Promise<JoinState> {
  const parsed = JoinWithAccountSchema.safeParse({
    token: form.get("token"),
    function: form.get("function"),
  });
  if (!parsed.success) return { error: "Choose the function you work in." };
  const user = await getCurrentUser();
  if (!user) redirect(`/join/${parsed.data.token}`);
  if (!limiters.inviteRedemption.take(parsed.data.token)) {
    return {
      error: "Too many people are joining with this link right now. Try again in a minute.",
    };
  }
  const result = await redeemInvite({
    token: parsed.data.token,
    function: parsed.data.function,
    member: { userId: user.id },
  });
  if (!result.ok) redirect(`/join/${parsed.data.token}`);
  redirect(`/workshops/${result.workshopId}`);
}
