import { db } from "@/lib/db";
import { parseRole, type WorkshopRole } from "@/lib/workshops/roles";

export type MemberEmail = { name: string; email: string; role: WorkshopRole };

/** The members of a workshop who have an email address (guests who joined by link have none). */
export async function memberEmails(options: { workshopId: string }): Promise<MemberEmail[]> {
  const memberships = await db.membership.findMany({
    where: { workshopId: options.workshopId, user: { email: { not: null } } },
    select: { role: true, user: { select: { name: true, email: true } } },
    orderBy: { joinedAt: "asc" },
  });
  return memberships.flatMap(({ role, user }) =>
    user.email ? [{ name: user.name, email: user.email, role: parseRole(role) }] : [],
  );
}
