"use client";

import { useEffect, useRef, useSyncExternalStore, type ReactNode } from "react";
import { AgendaBar } from "@/components/facilitation/agenda-bar";
import { ReadyCheck } from "@/components/facilitation/ready-check";
import { StepTimer } from "@/components/facilitation/step-timer";
import { useNow } from "@/components/facilitation/use-now";
import { useControl } from "@/lib/documents/use-control";
import { useStepTimeLog } from "@/lib/documents/use-step-time-log";
import { WORKSHOP_STEPS, StepIdSchema, type StepId } from "@/lib/documents/steps";
import { showStep } from "./show-step";
import { STEP_PANELS } from "./step-panels";
import { StepLoadBoundary } from "./step-load-boundary";
import { StatusArea } from "./status-area";
import { StepPrompt } from "./step-prompt";
import { StepRail } from "./step-rail";
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
    <div className="flex min-w-0 flex-col gap-3 lg:flex-row lg:items-start lg:gap-4">
      <StepRail
        steps={available}
        viewing={step.id}
        currentStep={currentStep}
        timeLog={timeLog}
        now={now}
      />
      {/* Dense on purpose: at 1440×900 the step's board starts within 200 px of the header. */}
      <section aria-labelledby="step-heading" className="flex min-w-0 flex-1 flex-col gap-2">
        <AgendaBar viewing={step.id} available={available} />
        <header className="flex flex-col gap-0.5 border-b border-slate-200 pb-1.5">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <h2 id="step-heading" className="text-lg font-semibold">
              <span className="text-brand-700">Step {step.number}</span> · {step.title}
            </h2>
            {/* The timer starts at the same minutes and the rail shows them: spelled out only
                where the row has room. */}
            <p className="text-xs text-slate-600 max-2xl:sr-only">
              Suggested time: {step.minutes} minutes
            </p>
            <ReadyCheck viewing={step.id} />
            <div className="ml-auto">
              <StepTimer step={step} />
            </div>
          </div>
          <StepPrompt step={step.id} prompt={step.prompt} />
        </header>
        <StatusArea viewing={step.id} />
        <StepLoadBoundary step={step.id}>{panel}</StepLoadBoundary>
      </section>
    </div>
  );
}
