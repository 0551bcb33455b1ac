import { db } from "@/lib/db";
import { loadWorkshopDocs } from "@/lib/document-store/load-workshop-docs";
import { compareLifecycle, type LifecycleState } from "@/lib/follow-up/lifecycle";
import { lifecycleOfDocs } from "@/lib/follow-up/lifecycle-of-docs";
import { parseRole, type WorkshopRole } from "./roles";

export type WorkshopListItem = {
  id: string;
  title: string;
  scheduledFor: Date | null;
  role: WorkshopRole;
  memberCount: number;
  createdAt: Date;
  lifecycle: LifecycleState;
};

/**
 * Every workshop the user belongs to with where it stands: what needs attention first (overdue
 * follow-ups, then live workshops), then soonest first, undated ones after.
 */
export async function listWorkshops(options: {
  userId: string;
  now?: Date;
}): Promise<WorkshopListItem[]> {
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
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
  const items = await Promise.all(
    rows.map(async (row) => {
      const { board, control } = await loadWorkshopDocs({ workshopId: row.workshop.id });
      const workshopDate = row.workshop.scheduledFor?.toISOString().slice(0, 10) ?? null;
      const lifecycle = lifecycleOfDocs({ board, control, workshopDate, today });
      board.destroy();
      control.destroy();
      return {
        id: row.workshop.id,
        title: row.workshop.title,
        scheduledFor: row.workshop.scheduledFor,
        createdAt: row.workshop.createdAt,
        role: parseRole(row.role),
        memberCount: row.workshop._count.memberships,
        lifecycle,
      };
    }),
  );
  return items.sort((a, b) => compareLifecycle(a.lifecycle, b.lifecycle) || compareByDate(a, b));
}

function compareByDate(a: WorkshopListItem, b: WorkshopListItem): number {
  const at = a.scheduledFor?.getTime() ?? Number.POSITIVE_INFINITY;
  const bt = b.scheduledFor?.getTime() ?? Number.POSITIVE_INFINITY;
  if (at !== bt) return at - bt;
  return b.createdAt.getTime() - a.createdAt.getTime();
}
