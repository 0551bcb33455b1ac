"use client";

import * as Dialog from "@radix-ui/react-dialog";
import dynamic from "next/dynamic";
import Link from "next/link";
import { buttonStyles } from "@/components/ui/button-styles";
import { stepById, type StepId } from "@/lib/documents/steps";
import { canFacilitate, type WorkshopRole } from "@/lib/workshops/roles";

// The guide's text is its own chunk, fetched when someone first opens the panel: the room's
// bundle stays as it was for everyone who never does.
const StepGuide = dynamic(() => import("./step-guide").then((m) => m.StepGuide), {
  loading: () => (
    <p role="status" className="text-sm text-slate-600">
      Loading the notes…
    </p>
  ),
});

/**
 * A side panel with the step's guide: facilitators get the full notes (what good looks like,
 * questions, traps, disagreement), everyone else the participants' version.
 */
export function StepGuidePanel({
  step,
  role,
  workshopId,
}: {
  step: StepId;
  role: WorkshopRole;
  workshopId: string;
}) {
  const facilitating = canFacilitate(role);
  const label = facilitating ? "Facilitator notes" : "Tips for this step";
  const { number, title } = stepById(step);
  return (
    <Dialog.Root>
      <Dialog.Trigger asChild>
        <button type="button" className={buttonStyles.toolQuiet}>
          {label}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/30" />
        <Dialog.Content className="fixed inset-y-0 right-0 z-50 flex w-full max-w-md flex-col gap-4 overflow-y-auto bg-white p-6 shadow-xl">
          <div className="flex items-start justify-between gap-4">
            <Dialog.Title className="text-lg font-semibold">
              {label}: step {number}, {title}
            </Dialog.Title>
            <Dialog.Close asChild>
              <button type="button" className={buttonStyles.toolQuiet}>
                Close
              </button>
            </Dialog.Close>
          </div>
          <Dialog.Description className="text-sm text-slate-600">
            {facilitating
              ? "A short guide for running this step. Participants see their own version."
              : "What the group needs from you in this step."}
          </Dialog.Description>
          <StepGuide step={step} version={facilitating ? "facilitator" : "participant"} />
          {facilitating && step === "team" ? (
            <p className="border-t border-slate-200 pt-4 text-sm">
              <Link
                href={`/workshops/${workshopId}/before-the-day`}
                className="text-brand-700 underline"
              >
                Before the day: invitation text and printable run-of-show
              </Link>
            </p>
          ) : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
