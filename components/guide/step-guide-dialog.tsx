"use client";

import * as Dialog from "@radix-ui/react-dialog";
import Link from "next/link";
import type { RefObject } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { stepById, type StepId } from "@/lib/documents/steps";
import { StepGuide } from "./step-guide";

export type StepGuideDialogProps = {
  step: StepId;
  facilitating: boolean;
  workshopId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button that opened the panel: focus goes back to it on close. */
  returnFocusTo: RefObject<HTMLButtonElement | null>;
};

/** The side panel with the step's guide; its own chunk, loaded on first open. */
export function StepGuideDialog(props: StepGuideDialogProps) {
  const { step, facilitating, workshopId, open, onOpenChange, returnFocusTo } = props;
  const label = facilitating ? "Facilitator notes" : "Tips for this step";
  const { number, title } = stepById(step);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/30" />
        <Dialog.Content
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocusTo.current?.focus();
          }}
          className="fixed inset-y-0 right-0 z-50 flex w-full max-w-md flex-col gap-4 overflow-y-auto bg-white p-6 shadow-xl"
        >
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
