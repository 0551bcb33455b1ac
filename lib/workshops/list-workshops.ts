import { db } from "@/lib/db";
import { parseRole, type WorkshopRole } from "./roles";

export type WorkshopListItem = {
  id: string;
  title: string;
  scheduledFor: Date | null;
  role: WorkshopRole;
  memberCount: number;
  createdAt: Date;
};

/** Every workshop the user belongs to, soonest first, undated ones after. */
export async function listWorkshops(options: { userId: string }): Promise<WorkshopListItem[]> {
  const rows = await db.membership.findMany({
    where: { userId: options.userId },
    select: {
      role: true,
      workshop: {
        select: {
          id: true,
          title: true,
          scheduledFor: true,
          createdAt: true,
          _count: { select: { memberships: true } },
        },
      },
    },
  });
  return rows
    .map((row) => ({
      id: row.workshop.id,
      title: row.workshop.title,
      scheduledFor: row.workshop.scheduledFor,
      createdAt: row.workshop.createdAt,
      role: parseRole(row.role),
      memberCount: row.workshop._count.memberships,
    }))
    .sort(compareByDate);
}

function compareByDate(a: WorkshopListItem, b: WorkshopListItem): number {
  const at = a.scheduledFor?.getTime() ?? Number.POSITIVE_INFINITY;
  const bt = b.scheduledFor?.getTime() ?? Number.POSITIVE_INFINITY;
  if (at !== bt) return at - bt;
  return b.createdAt.getTime() - a.createdAt.getTime();
}
