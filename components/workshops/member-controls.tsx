"use client";

import { useState, useTransition } from "react";
import {
  changeMemberRoleAction,
  removeMemberAction,
} from "@/app/workshops/[workshopId]/member-actions";
import { buttonStyles } from "@/components/ui/button-styles";
import type { WorkshopRole } from "@/lib/workshops/roles";

type MemberControlsProps = {
  workshopId: string;
  userId: string;
  name: string;
  role: Exclude<WorkshopRole, "facilitator">;
  onResult: (message: string) => void;
};

/** The facilitator's controls on one roster row: switch participant/observer, or remove. */
export function MemberControls({ workshopId, userId, name, role, onResult }: MemberControlsProps) {
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);

  function changeRole(next: "participant" | "observer") {
    startTransition(async () => {
      const result = await changeMemberRoleAction({ workshopId, userId, role: next });
      onResult(
        result.ok
          ? `${name} is now ${next === "observer" ? "an observer" : "a participant"}.`
          : result.error.message,
      );
    });
  }

  function remove() {
    startTransition(async () => {
      const result = await removeMemberAction({ workshopId, userId });
      setConfirming(false);
      onResult(result.ok ? `${name} was removed from the workshop.` : result.error.message);
    });
  }

  return (
    <span className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {name}
      </label>
      <select
        id={`role-${userId}`}
        value={role}
        disabled={pending}
        onChange={(event) =>
          changeRole(event.target.value === "observer" ? "observer" : "participant")
        }
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        <option value="participant">Participant</option>
        <option value="observer">Observer</option>
      </select>
      {confirming ? (
        <>
          <button type="button" className={buttonStyles.danger} disabled={pending} onClick={remove}>
            Confirm removing {name}
          </button>
          <button
            type="button"
            className={buttonStyles.quiet}
            disabled={pending}
            onClick={() => setConfirming(false)}
          >
            Keep
          </button>
        </>
      ) : (
        <button
          type="button"
          className={buttonStyles.quiet}
          disabled={pending}
          aria-label={`Remove ${name}`}
          onClick={() => setConfirming(true)}
        >
          Remove
        </button>
      )}
    </span>
  );
}
