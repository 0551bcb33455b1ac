import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { getMembership, type MembershipAccess } from "@/lib/workshops/get-membership";
import { authOptions } from "./auth-options";
import { isSessionCurrent } from "./session-version";

export type CurrentUser = { id: string; name: string; email: string | null; isGuest: boolean };

/** The signed-in user whose account still exists and whose session was not revoked, or null. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user.id) return null;
  const current = await isSessionCurrent({
    userId: session.user.id,
    tokenVersion: session.sessionVersion,
  });
  return current ? session.user : null;
}

/** For pages: sends visitors without a session to sign in, then back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For pages and actions: the user's membership of the workshop, or the 403 page. */
export async function requireMembership(
  workshopId: string,
  returnTo: string,
): Promise<{ user: CurrentUser; membership: MembershipAccess }> {
  const user = await requireUser(returnTo);
  const membership = await getMembership({ workshopId, userId: user.id });
  if (!membership) forbidden();
  return { user, membership };
}
