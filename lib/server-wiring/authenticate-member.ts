import { readSessionFromCookieHeader } from "@/lib/auth/session-cookie";
import { isSessionCurrent } from "@/lib/auth/session-version";
import type { AuthenticateMember } from "@/lib/realtime/server/index";
import { getMembership } from "@/lib/workshops/get-membership";

/** The realtime server's upgrade check: a signed-in user with a current session, a member. */
export const authenticateMember: AuthenticateMember = async ({ cookieHeader, workshopId }) => {
  const user = await readSessionFromCookieHeader(cookieHeader);
  if (!user) return { ok: false, status: 401, reason: "no session" };
  // Signed out everywhere, password changed or account gone: the token is revoked.
  if (!(await isSessionCurrent({ userId: user.id, tokenVersion: user.sessionVersion }))) {
    return { ok: false, status: 401, reason: "session revoked" };
  }
  const membership = await getMembership({ workshopId, userId: user.id });
  // Non-members and missing workshops look the same, so ids cannot be probed.
  if (!membership) return { ok: false, status: 403, reason: "not a member" };
  return { ok: true, user, membership };
};
