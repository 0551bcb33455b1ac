import { db } from "@/lib/db";
import { parseFunction, parseRole, type TeamFunction, type WorkshopRole } from "./roles";

export type MembershipAccess = {
  workshopId: string;
  userId: string;
  role: WorkshopRole;
  function: TeamFunction;
};

export type GetMembershipOptions = { workshopId: string; userId: string };

/** The caller's membership of a workshop, or null when they are not a member (or it does not exist). */
export async function getMembership(
  options: GetMembershipOptions,
): Promise<MembershipAccess | null> {
  const row = await db.membership.findUnique({
    where: { workshopId_userId: { workshopId: options.workshopId, userId: options.userId } },
    select: { role: true, function: true },
  });
  if (!row) return null;
  return {
    workshopId: options.workshopId,
    userId: options.userId,
    role: parseRole(row.role),
    function: parseFunction(row.function),
  };
}
