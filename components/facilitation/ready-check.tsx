"use client";

import { Hand } from "@/components/ui/icons";
import { buttonStyles } from "@/components/ui/button-styles";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import {
  distinctPeople,
  setLocalHandRaised,
  setLocalReadyStep,
} from "@/lib/realtime/client/presence";
import { usePresence } from "@/lib/realtime/client/use-presence";
import { stepById, type StepId } from "@/lib/documents/steps";
import { useControl } from "@/lib/documents/use-control";

/**
 * Participants say "done with this step" or raise a hand; the facilitator sees who. Both live in
 * presence, so they vanish with the person and are never stored.
 */
export function ReadyCheck({ viewing }: { viewing: StepId }) {
  const { docs, awareness, role } = useWorkshopRoom();
  const { currentStep } = useControl(docs.control);
  const { peers } = usePresence(awareness);
  const people = distinctPeople(peers).filter((peer) => peer.user.role === "participant");
  const self = peers.find((peer) => peer.isSelf);
  const done = people.filter((peer) => peer.readyStep === currentStep);
  const hands = people.filter((peer) => peer.handRaised);
  const step = stepById(currentStep);

  if (role === "facilitator") {
    return (
      <section
        aria-label="Ready check"
        className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700"
      >
        <p>
          <span className="font-medium">
            Done with step {step.number}: {done.length} of {people.length}
          </span>
          {done.length > 0 ? ` (${done.map((peer) => peer.user.name).join(", ")})` : null}
        </p>
        <p>
          <span className="inline-flex items-center gap-1 font-medium">
            <Hand aria-hidden className="size-4" />
            Hands raised: {hands.length}
          </span>
          {hands.length > 0 ? ` (${hands.map((peer) => peer.user.name).join(", ")})` : null}
        </p>
      </section>
    );
  }
  // Saying "done" is about the step the group is on, so only there.
  if (role !== "participant" || !awareness || viewing !== currentStep) return null;

  const ready = self?.readyStep === currentStep;
  const handRaised = self?.handRaised === true;
  return (
    <div role="group" aria-label="Ready check" className="flex flex-wrap gap-1.5">
      <button
        type="button"
        aria-pressed={ready}
        className={ready ? buttonStyles.toolPrimary : buttonStyles.tool}
        onClick={() => setLocalReadyStep(awareness, ready ? null : currentStep)}
      >
        I am done with step {step.number}
      </button>
      <button
        type="button"
        aria-pressed={handRaised}
        className={handRaised ? buttonStyles.toolPrimary : buttonStyles.tool}
        onClick={() => setLocalHandRaised(awareness, !handRaised)}
      >
        <Hand aria-hidden className="size-4" />
        Raise hand
      </button>
    </div>
  );
}
