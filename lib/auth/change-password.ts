import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import type { RealtimeLiveApi } from "@/lib/realtime/live-api";
import { forgetSessionVersion } from "./session-version";
import { closeSocketsEverywhere } from "./sign-out-everywhere";

const BCRYPT_COST = 12;

export type ChangePasswordOptions = {
  userId: string;
  currentPassword: string;
  newPassword: string;
  live: RealtimeLiveApi | null;
};

/**
 * Sets a new password once the current one is proven, and signs the user out everywhere in the
 * same write: whoever learnt the old password loses the session they opened with it.
 */
export async function changePassword(
  options: ChangePasswordOptions,
): Promise<Result<null, "wrong-password" | "no-password">> {
  const user = await db.user.findUnique({
    where: { id: options.userId },
    select: { passwordHash: true },
  });
  if (!user?.passwordHash) {
    return fail(
      "no-password",
      "This account signs in with an identity provider and has no password here.",
    );
  }
  if (!(await bcrypt.compare(options.currentPassword, user.passwordHash))) {
    return fail("wrong-password", "Your current password is not right.");
  }
  const passwordHash = await bcrypt.hash(options.newPassword, BCRYPT_COST);
  await db.user.update({
    where: { id: options.userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
  });
  forgetSessionVersion(options.userId);
  await closeSocketsEverywhere({ userId: options.userId, live: options.live });
  return ok(null);
}
