"use client";

import dynamic from "next/dynamic";
import { useRef, useState } from "react";
import type { StepId } from "@/lib/documents/steps";
import { canFacilitate, type WorkshopRole } from "@/lib/workshops/roles";

// The dialog (Radix Dialog and the guides' text, 9 kB gzipped) is its own chunk, fetched on the
// first click: the room's bundle stays as it was for everyone who never opens it.
const StepGuideDialog = dynamic(() => import("./step-guide-dialog").then((m) => m.StepGuideDialog));

/**
 * The button that opens the step's guide in a side panel: facilitators get the full notes (what
 * good looks like, questions, traps, disagreement), everyone else the participants' version.
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
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={trigger}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        // Sized like the prompt's own "Hide prompt" beside it, so the row stays one line.
        className="text-brand-700 inline-flex shrink-0 items-center rounded-md px-2 py-0.5 text-xs font-medium hover:bg-slate-100"
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        {facilitating ? "Facilitator notes" : "Tips for this step"}
      </button>
      {opened ? (
        <StepGuideDialog
          step={step}
          facilitating={facilitating}
          workshopId={workshopId}
          open={open}
          onOpenChange={setOpen}
          returnFocusTo={trigger}
        />
      ) : null}
    </>
  );
}
