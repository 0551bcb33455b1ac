"use client";

import { useEffect, useRef, useSyncExternalStore, type ReactNode } from "react";
import { AgendaBar } from "@/components/facilitation/agenda-bar";
import { LockBanner } from "@/components/facilitation/lock-banner";
import { ReadyCheck } from "@/components/facilitation/ready-check";
import { StepTimer } from "@/components/facilitation/step-timer";
import { useNow } from "@/components/facilitation/use-now";
import { timeSpentMs } from "@/lib/documents/step-time";
import { useControl } from "@/lib/documents/use-control";
import { useStepTimeLog } from "@/lib/documents/use-step-time-log";
import { WORKSHOP_STEPS, StepIdSchema, type StepId, type WorkshopStep } from "@/lib/documents/steps";
import { showStep } from "./show-step";
import { STEP_PANELS } from "./step-panels";
import { useWorkshopRoom } from "./workshop-room";

type WorkshopStepsProps = {
  /** Step 1 (roster and invite links) comes from the server page. */
  teamPanel: ReactNode;
};

function stepFromUrl(): StepId | null {
  const parsed = StepIdSchema.safeParse(new URLSearchParams(window.location.search).get("step"));
  return parsed.success ? parsed.data : null;
}

function subscribeToUrl(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
}

/**
 * The guided sequence: a rail of steps and the board for the one in view. Everyone lands on and
 * follows the facilitator's current step; anyone can look at another step meanwhile.
 */
export function WorkshopSteps({ teamPanel }: WorkshopStepsProps) {
  const { docs } = useWorkshopRoom();
  const { currentStep } = useControl(docs.control);
  const fromUrl = useSyncExternalStore(subscribeToUrl, stepFromUrl, () => null);
  const timeLog = useStepTimeLog(docs.control);
  const now = useNow(timeLog.enteredAt !== null, 15_000);
  const available = WORKSHOP_STEPS.filter((step) => step.id === "team" || STEP_PANELS[step.id]);

  // When the facilitator moves the group (or the control doc first arrives), follow.
  const followed = useRef(currentStep);
  useEffect(() => {
    if (followed.current === currentStep) return;
    followed.current = currentStep;
    showStep(currentStep);
  }, [currentStep]);

  const activeId = fromUrl ?? currentStep;
  const step = available.find((candidate) => candidate.id === activeId) ?? WORKSHOP_STEPS[0];
  if (!step) return null;
  const panel = step.id === "team" ? teamPanel : STEP_PANELS[step.id]?.();

  return (
    <div className="grid gap-8 lg:grid-cols-[15rem_1fr]">
      <nav aria-label="Workshop steps">
        <ol className="flex flex-col gap-1">
          {available.map((candidate) => (
            <li key={candidate.id}>
              <StepLink
                step={candidate}
                viewing={candidate.id === step.id}
                groupIsHere={candidate.id === currentStep}
                spentMinutes={Math.floor(
                  timeSpentMs({ log: timeLog, step: candidate.id, currentStep, now }) / 60_000,
                )}
              />
            </li>
          ))}
        </ol>
      </nav>
      <section aria-labelledby="step-heading" className="flex min-w-0 flex-col gap-6">
        <AgendaBar viewing={step.id} available={available} />
        <LockBanner />
        <ReadyCheck />
        <header className="border-brand-100 bg-brand-50 flex flex-col gap-1 rounded-lg border px-4 py-3">
          <h2 id="step-heading" className="text-xl font-semibold">
            <span className="text-brand-700">Step {step.number}</span> · {step.title}
          </h2>
          <p className="text-slate-700">{step.prompt}</p>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-xs text-slate-600">Suggested time: {step.minutes} minutes</p>
            <StepTimer step={step} />
          </div>
        </header>
        {panel}
      </section>
    </div>
  );
}

type StepLinkProps = {
  step: WorkshopStep;
  viewing: boolean;
  groupIsHere: boolean;
  spentMinutes: number;
};

function StepLink({ step, viewing, groupIsHere, spentMinutes }: StepLinkProps) {
  const over = spentMinutes > step.minutes;
  return (
    <button
      type="button"
      aria-current={viewing ? "step" : undefined}
      onClick={() => showStep(step.id)}
      className="flex w-full items-center gap-3 rounded-md px-3 py-2 text-left text-sm hover:bg-slate-100 aria-[current=step]:bg-white aria-[current=step]:font-semibold aria-[current=step]:shadow-sm"
    >
      <span
        aria-hidden
        className="grid size-6 shrink-0 place-items-center rounded-full bg-slate-200 text-xs font-semibold text-slate-700"
      >
        {step.number}
      </span>
      <span className="flex flex-1 flex-col">
        {step.title}
        <span className={`text-xs font-normal ${over ? "text-red-700" : "text-slate-600"}`}>
          {spentMinutes} of {step.minutes} min{over ? " · over time" : ""}
        </span>
      </span>
      {groupIsHere ? (
        <span className="bg-brand-600 rounded-full px-2 py-0.5 text-xs font-medium text-white">
          Now
        </span>
      ) : null}
    </button>
  );
}
