"use client";

import dynamic from "next/dynamic";
import { useRef, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
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
        className={buttonStyles.toolQuiet}
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
