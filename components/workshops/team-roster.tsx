"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { useWorkshopMembers } from "@/components/workshop/use-workshop-members";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import type { RosterEntry } from "@/lib/workshops/get-workshop";
import { canFacilitate, FUNCTION_LABELS, ROLE_LABELS } from "@/lib/workshops/roles";
import { RECOMMENDED_TEAM_SIZE, teamCoverage } from "@/lib/workshops/team-coverage";
import { MemberControls } from "./member-controls";
import { usePresentUserIds } from "./use-present-user-ids";

const ROLE_BADGE: Record<RosterEntry["role"], string> = {
  facilitator: "bg-brand-100 text-brand-700",
  participant: "bg-emerald-100 text-emerald-800",
  observer: "bg-slate-200 text-slate-700",
};

/**
 * Step 1's roster, live: the members the page was rendered with plus anyone who has joined since
 * (from presence, then confirmed by reloading the page's data), with who is in the room now.
 */
export function TeamRoster({ roster }: { roster: RosterEntry[] }) {
  const { docs, role: myRole, self } = useWorkshopRoom();
  const router = useRouter();
  const members = useWorkshopMembers();
  const present = usePresentUserIds();
  const [message, setMessage] = useState<string | null>(null);
  const guests = useMemo(
    () => new Set(roster.filter((entry) => entry.isGuest).map((entry) => entry.userId)),
    [roster],
  );
  const lateJoinerKey = members
    .filter((member) => !roster.some((entry) => entry.userId === member.userId))
    .map((member) => member.userId)
    .join(",");
  useEffect(() => {
    // Someone joined after this page loaded: fetch the roster again (guest flags, people who
    // joined and left). Presence already shows them in the meantime.
    if (lateJoinerKey) router.refresh();
  }, [lateJoinerKey, router]);

  const coverage = teamCoverage(members);
  const facilitating = canFacilitate(myRole);
  const inRoom = members.filter((member) => present.has(member.userId)).length;
  return (
    <section aria-labelledby="roster-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id="roster-heading" className="text-lg font-semibold">
          Who is taking part
        </h3>
        <p className="text-sm text-slate-600" data-testid="roster-count">
          {coverage.activeCount} taking part · {inRoom} in the room · {RECOMMENDED_TEAM_SIZE.min}–
          {RECOMMENDED_TEAM_SIZE.max} recommended
        </p>
      </div>
      {message ? (
        <p role="status" className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800">
          {message}
        </p>
      ) : null}
      <ul
        aria-label="Roster"
        className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
      >
        {members.map((member) => (
          <li
            key={member.userId}
            className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3"
          >
            <span className="flex flex-col">
              <span className="font-medium">
                {member.name}
                {guests.has(member.userId) ? (
                  <span className="ml-2 text-xs text-slate-500">guest</span>
                ) : null}
              </span>
              <span className="text-sm text-slate-600">
                {FUNCTION_LABELS[member.function]} ·{" "}
                {present.has(member.userId) ? (
                  <span className="text-emerald-800">in the room</span>
                ) : (
                  <span>not here now</span>
                )}
              </span>
            </span>
            {facilitating && member.userId !== self.userId && member.role !== "facilitator" ? (
              <MemberControls
                workshopId={docs.workshopId}
                userId={member.userId}
                name={member.name}
                role={member.role}
                onResult={setMessage}
              />
            ) : (
              <span
                className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${ROLE_BADGE[member.role]}`}
              >
                {ROLE_LABELS[member.role]}
              </span>
            )}
          </li>
        ))}
      </ul>
      {coverage.missingFunctions.length > 0 ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <span className="font-medium">Not yet in the room:</span>{" "}
          {coverage.missingFunctions.map((fn) => FUNCTION_LABELS[fn]).join(", ")}. Each function
          sees risks and constraints the others miss.
        </p>
      ) : null}
    </section>
  );
}
