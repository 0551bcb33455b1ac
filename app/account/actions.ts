"use server";

import { z } from "zod";
import { changePassword } from "@/lib/auth/change-password";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SignUpSchema } from "@/lib/auth/schemas";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { liveApi } from "@/lib/realtime/server/live-api";

export type AccountActionState = { error: string | null; done: boolean };

/** Revokes every session of the signed-in user, this one included. */
export async function signOutEverywhereAction(): Promise<AccountActionState> {
  const user = await getCurrentUser();
  if (!user) return { error: "You are already signed out.", done: true };
  await signOutEverywhere({ userId: user.id, live: liveApi() });
  return { error: null, done: true };
}

const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1, { error: "Enter your current password." }).max(200),
  newPassword: SignUpSchema.shape.password,
});

/** Sets a new password and signs the user out everywhere (they sign in again with it). */
export async function changePasswordAction(
  _previous: AccountActionState,
  form: FormData,
): Promise<AccountActionState> {
  const parsed = ChangePasswordSchema.safeParse({
    currentPassword: form.get("currentPassword"),
    newPassword: form.get("newPassword"),
  });
  if (!parsed.success) {
    return { error: parsed.error.issues[0]?.message ?? "Check both passwords.", done: false };
  }
  const user = await getCurrentUser();
  if (!user) return { error: "Sign in again to change your password.", done: false };
  const result = await changePassword({ userId: user.id, ...parsed.data, live: liveApi() });
  if (!result.ok) {
    return {
      error:
        result.reason === "wrong-password"
          ? "Your current password is not right."
          : "This account signs in with an identity provider and has no password here.",
      done: false,
    };
  }
  return { error: null, done: true };
}
