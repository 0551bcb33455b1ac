"use client";

import { buttonStyles } from "@/components/ui/button-styles";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import {
  distinctPeople,
  setLocalHandRaised,
  setLocalReadyStep,
} from "@/lib/realtime/client/presence";
import { usePresence } from "@/lib/realtime/client/use-presence";
import { stepById } from "@/lib/documents/steps";
import { useControl } from "@/lib/documents/use-control";

/**
 * Participants say "done with this step" or raise a hand; the facilitator sees who. Both live in
 * presence, so they vanish with the person and are never stored.
 */
export function ReadyCheck() {
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
        className="flex flex-wrap gap-x-6 gap-y-1 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm"
      >
        <p>
          <span className="font-medium">
            Done with step {step.number}: {done.length} of {people.length}
          </span>
          {done.length > 0 ? ` (${done.map((peer) => peer.user.name).join(", ")})` : null}
        </p>
        <p>
          <span className="font-medium">
            <span aria-hidden>✋ </span>Hands raised: {hands.length}
          </span>
          {hands.length > 0 ? ` (${hands.map((peer) => peer.user.name).join(", ")})` : null}
        </p>
      </section>
    );
  }
  if (role !== "participant" || !awareness) return null;

  const ready = self?.readyStep === currentStep;
  const handRaised = self?.handRaised === true;
  return (
    <div role="group" aria-label="Ready check" className="flex flex-wrap gap-2">
      <button
        type="button"
        aria-pressed={ready}
        className={ready ? buttonStyles.primary : buttonStyles.secondary}
        onClick={() => setLocalReadyStep(awareness, ready ? null : currentStep)}
      >
        {ready ? <span aria-hidden>✓ </span> : null}I am done with step {step.number}
      </button>
      <button
        type="button"
        aria-pressed={handRaised}
        className={handRaised ? buttonStyles.primary : buttonStyles.secondary}
        onClick={() => setLocalHandRaised(awareness, !handRaised)}
      >
        <span aria-hidden>✋ </span>Raise hand
      </button>
    </div>
  );
}
