import { db } from "@/lib/db";
import { parseFunction, parseRole, type TeamFunction, type WorkshopRole } from "./roles";

export type RosterEntry = {
  userId: string;
  name: string;
  isGuest: boolean;
  role: WorkshopRole;
  function: TeamFunction;
  joinedAt: Date;
};

export type WorkshopDetails = {
  id: string;
  title: string;
  objectiveDraft: string | null;
  scheduledFor: Date | null;
  roster: RosterEntry[];
};

const ROLE_ORDER: Record<WorkshopRole, number> = { facilitator: 0, participant: 1, observer: 2 };

/** The workshop and its roster, facilitators first. Callers check membership before calling. */
export async function getWorkshop(options: {
  workshopId: string;
}): Promise<WorkshopDetails | null> {
  const workshop = await db.workshop.findUnique({
    where: { id: options.workshopId },
    select: {
      id: true,
      title: true,
      objectiveDraft: true,
      scheduledFor: true,
      memberships: {
        select: {
          role: true,
          function: true,
          joinedAt: true,
          user: { select: { id: true, name: true, isGuest: true } },
        },
        orderBy: { joinedAt: "asc" },
      },
    },
  });
  if (!workshop) return null;
  const roster = workshop.memberships
    .map((m) => ({
      userId: m.user.id,
      name: m.user.name,
      isGuest: m.user.isGuest,
      role: parseRole(m.role),
      function: parseFunction(m.function),
      joinedAt: m.joinedAt,
    }))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  return {
    id: workshop.id,
    title: workshop.title,
    objectiveDraft: workshop.objectiveDraft,
    scheduledFor: workshop.scheduledFor,
    roster,
  };
}
