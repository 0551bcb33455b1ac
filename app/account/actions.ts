"use server";

import { z } from "zod";
import { changePassword } from "@/lib/auth/change-password";
import { SignUpSchema } from "@/lib/auth/schemas";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { withAccess, withFormAccess } from "@/lib/auth/with-access";
import { liveApi } from "@/lib/realtime/live-api";
import { ok } from "@/lib/result";

/** Revokes every session of the signed-in user, this one included. */
export const signOutEverywhereAction = withAccess(
  { requires: "user", input: z.void() },
  async (_input, { user }) => {
    await signOutEverywhere({ userId: user.id, live: liveApi() });
    return ok(null);
  },
);

const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1, { error: "Enter your current password." }).max(200),
  newPassword: SignUpSchema.shape.password,
});

/** Sets a new password and signs the user out everywhere (they sign in again with it). */
export const changePasswordAction = withFormAccess(
  { requires: "user", input: ChangePasswordSchema },
  async (input, { user }) => {
    return changePassword({ userId: user.id, ...input, live: liveApi() });
  },
);
