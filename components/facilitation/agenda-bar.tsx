"use client";

import { buttonStyles } from "@/components/ui/button-styles";
import { showStep } from "@/components/workshop/show-step";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { setAnonymousMode } from "@/lib/documents/control";
import { setBoardLock } from "@/lib/documents/set-board-lock";
import { moveGroupToStep } from "@/lib/documents/step-time";
import { stepById, type StepId, type WorkshopStep } from "@/lib/documents/steps";
import { useControl } from "@/lib/documents/use-control";
import { FollowLeader, ShareFocus } from "./follow-me";
import { HandOver, RoleRefresh } from "./hand-over";
import { StartAgendaClock } from "./start-agenda-clock";
import { serverNow } from "@/lib/realtime/client/server-clock";

type AgendaBarProps = { viewing: StepId; available: readonly WorkshopStep[] };

/**
 * Facilitators move the whole group through the steps and set the room's rules; everyone else
 * sees where the group is when they look elsewhere.
 */
export function AgendaBar({ viewing, available }: AgendaBarProps) {
  const { role } = useWorkshopRoom();
  return (
    <>
      <RoleRefresh />
      {role === "facilitator" ? <StartAgendaClock /> : null}
      {role === "facilitator" ? (
        <ShareFocus viewing={viewing} />
      ) : (
        <FollowLeader viewing={viewing} />
      )}
      <GroupBar viewing={viewing} available={available} />
    </>
  );
}

function GroupBar({ viewing, available }: AgendaBarProps) {
  const { docs, role } = useWorkshopRoom();
  const control = useControl(docs.control);
  const groupStep = stepById(control.currentStep);

  if (role !== "facilitator") {
    if (viewing === control.currentStep) return null;
    return (
      <div
        role="status"
        className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
      >
        <span>
          The group is on step {groupStep.number}: {groupStep.title}.
        </span>
        <button
          type="button"
          className={buttonStyles.secondary}
          onClick={() => showStep(control.currentStep)}
        >
          Go to step {groupStep.number}
        </button>
      </div>
    );
  }

  const index = available.findIndex((step) => step.id === control.currentStep);
  const previous = index > 0 ? available[index - 1] : undefined;
  const next = index >= 0 ? available[index + 1] : undefined;
  const moveGroup = (step: StepId) => {
    moveGroupToStep(docs.control, { step, now: serverNow() });
    showStep(step);
  };

  return (
    <div
      role="toolbar"
      aria-label="Facilitation"
      className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm"
    >
      <span className="mr-auto text-slate-700">
        Group is on step {groupStep.number}: <strong>{groupStep.title}</strong>
      </span>
      {viewing !== control.currentStep ? (
        <button type="button" className={buttonStyles.primary} onClick={() => moveGroup(viewing)}>
          Bring everyone here
        </button>
      ) : null}
      <button
        type="button"
        className={buttonStyles.secondary}
        disabled={!previous}
        onClick={() => previous && moveGroup(previous.id)}
      >
        Previous step
      </button>
      <button
        type="button"
        className={buttonStyles.secondary}
        disabled={!next}
        onClick={() => next && moveGroup(next.id)}
      >
        Next step
      </button>
      <button
        type="button"
        aria-pressed={control.locked}
        className={buttonStyles.secondary}
        onClick={() => setBoardLock(docs.control, { locked: !control.locked })}
      >
        <span aria-hidden>{control.locked ? "🔒" : "🔓"}</span> Lock boards
      </button>
      <button
        type="button"
        aria-pressed={control.anonymous}
        className={buttonStyles.secondary}
        onClick={() => setAnonymousMode(docs.control, { anonymous: !control.anonymous })}
      >
        Anonymous mode
      </button>
      <HandOver />
    </div>
  );
}
