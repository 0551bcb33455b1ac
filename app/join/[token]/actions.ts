"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientAddressFromHeaders } from "@/lib/auth/client-address";
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
  if (!limiters.inviteRedemption.take(clientAddressFromHeaders(await headers()))) {
    return { error: "Too many joins from your address. Try again in a few minutes." };
  }
  const result = await redeemInvite({
    token: parsed.data.token,
    function: parsed.data.function,
    member: { userId: user.id },
  });
  if (!result.ok) redirect(`/join/${parsed.data.token}`);
  redirect(`/workshops/${result.workshopId}`);
}
