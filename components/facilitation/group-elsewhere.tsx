"use client";

import { buttonStyles } from "@/components/ui/button-styles";
import { showStep } from "@/components/workshop/show-step";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { stepById, type StepId } from "@/lib/documents/steps";
import { useControl } from "@/lib/documents/use-control";

/** For everyone but the facilitator: where the group is, when they look at another step. */
export function GroupElsewhere({ viewing }: { viewing: StepId }) {
  const { docs, role } = useWorkshopRoom();
  const { currentStep } = useControl(docs.control);
  if (role === "facilitator" || viewing === currentStep) return null;
  const groupStep = stepById(currentStep);
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-950"
    >
      <span>
        The group is on step {groupStep.number}: {groupStep.title}.
      </span>
      <button type="button" className={buttonStyles.tool} onClick={() => showStep(currentStep)}>
        Go to step {groupStep.number}
      </button>
    </div>
  );
}
