import bcrypt from "bcryptjs";
import { db } from "@/lib/db";

// Compared against when the email is unknown, so both paths take the same time.
const DUMMY_HASH = "$2b$12$C6UzMDM.H6dfI/f/IKxGhuE4gQJ7lZGl5ZdZ8rZ.8p5tX1G0bYBzq";

export type VerifyPasswordOptions = { email: string; password: string };

/** The account for these credentials, or null; never says which of the two was wrong. */
export async function verifyPassword(
  options: VerifyPasswordOptions,
): Promise<{ id: string; name: string; email: string } | null> {
  const user = await db.user.findUnique({
    where: { email: options.email },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
  const matches = await bcrypt.compare(options.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user?.passwordHash || !user.email || !matches) return null;
  return { id: user.id, name: user.name, email: user.email };
}
