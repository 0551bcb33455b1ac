"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { handOverFacilitatorAction } from "@/app/workshops/[workshopId]/facilitation-actions";
import { buttonStyles } from "@/components/ui/button-styles";
import { useWorkshopMembers } from "@/components/workshop/use-workshop-members";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { ROLE_LABELS } from "@/lib/workshops/roles";

/** The hand-over form in a modal dialog, open from the moment it mounts; `onClose` unmounts it. */
export function HandOverDialog({ onClose }: { onClose: () => void }) {
  const { docs, self } = useWorkshopRoom();
  // Includes people who joined after the page loaded.
  const members = useWorkshopMembers();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const selectId = useId();
  const candidates = members.filter((member) => member.userId !== self.userId);
  const [chosen, setChosen] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const target = candidates.find((member) => member.userId === chosen) ?? candidates[0];

  async function confirm() {
    if (!target) return;
    setBusy(true);
    const result = await handOverFacilitatorAction({
      workshopId: docs.workshopId,
      toUserId: target.userId,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    dialog.current?.close();
    router.refresh();
  }

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  return (
    <>
      <dialog
        ref={dialog}
        onClose={onClose}
        aria-labelledby={titleId}
        className="m-auto w-full max-w-md rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <form
          method="dialog"
          className="flex flex-col gap-4 p-5"
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
        >
          <h2 id={titleId} className="text-lg font-semibold">
            Hand over facilitation
          </h2>
          <p className="text-sm text-slate-700">
            The person you choose runs the room from now on: steps, timer, locks and reveals. You
            become a participant.
          </p>
          <label htmlFor={selectId} className="flex flex-col gap-1 text-sm font-medium">
            New facilitator
            <select
              id={selectId}
              value={target?.userId ?? ""}
              onChange={(event) => setChosen(event.target.value)}
              className="rounded-md border border-slate-300 bg-white px-2 py-1.5 font-normal"
            >
              {candidates.map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.name} ({ROLE_LABELS[member.role].toLowerCase()})
                </option>
              ))}
            </select>
          </label>
          {error ? (
            <p role="alert" className="text-sm text-red-800">
              {error}
            </p>
          ) : null}
          <div className="flex justify-end gap-2">
            <button
              type="button"
              className={buttonStyles.secondary}
              onClick={() => dialog.current?.close()}
            >
              Cancel
            </button>
            <button type="submit" className={buttonStyles.primary} disabled={busy || !target}>
              Make {target?.name ?? "them"} facilitator
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
