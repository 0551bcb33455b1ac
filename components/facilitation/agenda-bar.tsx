"use client";

// Icons only where a symbol used to be (the route's JS budget is tight); words carry the rest.
import { EyeOff, Lock, LockOpen } from "@/components/ui/icons";
import { useId, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { showStep } from "@/components/workshop/show-step";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { setAnonymousMode } from "@/lib/documents/control";
import { setBoardLock } from "@/lib/documents/set-board-lock";
import { moveGroupToStep } from "@/lib/documents/step-time";
import { stepById, type StepId, type WorkshopStep } from "@/lib/documents/steps";
import { useControl } from "@/lib/documents/use-control";
import { serverNow } from "@/lib/realtime/client/server-clock";
import { ShareFocus } from "./follow-me";
import { HandOver, RoleRefresh } from "./hand-over";
import { StartAgendaClock } from "./start-agenda-clock";

type AgendaBarProps = { viewing: StepId; available: readonly WorkshopStep[] };

/**
 * Facilitators move the whole group through the steps and set the room's rules from one
 * toolbar row. (Where the group is, for everyone else, is a notice in the status area.)
 */
export function AgendaBar({ viewing, available }: AgendaBarProps) {
  const { role } = useWorkshopRoom();
  return (
    <>
      <RoleRefresh />
      {role === "facilitator" ? (
        <>
          <StartAgendaClock />
          <ShareFocus viewing={viewing} />
          <FacilitatorMenu viewing={viewing} available={available} />
        </>
      ) : null}
    </>
  );
}

/** On phones the toolbar folds behind one button; from 1024 px it is always open. */
function FacilitatorMenu(props: AgendaBarProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        className={`${buttonStyles.tool} self-start lg:hidden`}
        onClick={() => setOpen((current) => !current)}
      >
        Facilitator controls
      </button>
      <FacilitationToolbar {...props} id={id} open={open} />
    </>
  );
}

function FacilitationToolbar({
  viewing,
  available,
  id,
  open,
}: AgendaBarProps & { id: string; open: boolean }) {
  const { docs } = useWorkshopRoom();
  const control = useControl(docs.control);
  const groupStep = stepById(control.currentStep);
  const index = available.findIndex((step) => step.id === control.currentStep);
  const previous = index > 0 ? available[index - 1] : undefined;
  const next = index >= 0 ? available[index + 1] : undefined;
  const moveGroup = (step: StepId) => {
    moveGroupToStep(docs.control, { step, now: serverNow() });
    showStep(step);
  };
  const LockIcon = control.locked ? Lock : LockOpen;

  return (
    <div
      id={id}
      role="toolbar"
      aria-label="Facilitation"
      // The hand-over button comes styled for forms; the toolbar keeps every button dense.
      className={`${open ? "flex" : "hidden lg:flex"} w-full flex-wrap items-center gap-1.5 text-sm lg:w-auto [&_button]:px-2.5 [&_button]:py-1`}
    >
      <span className="mr-1 text-slate-700">
        Group is on step {groupStep.number}: <strong>{groupStep.title}</strong>
      </span>
      {viewing !== control.currentStep ? (
        <button
          type="button"
          className={buttonStyles.toolPrimary}
          onClick={() => moveGroup(viewing)}
        >
          Bring everyone here
        </button>
      ) : null}
      <button
        type="button"
        className={buttonStyles.tool}
        disabled={!previous}
        onClick={() => previous && moveGroup(previous.id)}
      >
        Previous step
      </button>
      <button
        type="button"
        className={buttonStyles.tool}
        disabled={!next}
        onClick={() => next && moveGroup(next.id)}
      >
        Next step
      </button>
      <button
        type="button"
        aria-pressed={control.locked}
        className={buttonStyles.tool}
        onClick={() => setBoardLock(docs.control, { locked: !control.locked })}
      >
        <LockIcon aria-hidden className="size-4" />
        Lock boards
      </button>
      <button
        type="button"
        aria-pressed={control.anonymous}
        className={buttonStyles.tool}
        onClick={() => setAnonymousMode(docs.control, { anonymous: !control.anonymous })}
      >
        <EyeOff aria-hidden className="size-4" />
        Anonymous mode
      </button>
      <HandOver />
    </div>
  );
}
