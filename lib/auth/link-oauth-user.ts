import { db } from "@/lib/db";

export type LinkOAuthUserOptions = { email: string; name: string };

/** Finds or creates the local user for an OAuth/OIDC sign-in, matched on a verified email. */
export async function linkOAuthUser(
  options: LinkOAuthUserOptions,
): Promise<{ id: string; name: string }> {
  const email = options.email.trim().toLowerCase();
  return db.user.upsert({
    where: { email },
    update: {},
    create: { email, name: options.name.trim() || email },
    select: { id: true, name: true },
  });
}
