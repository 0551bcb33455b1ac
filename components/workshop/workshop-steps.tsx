"use client";

import { useCallback, useSyncExternalStore, type ReactNode } from "react";
import { WORKSHOP_STEPS, StepIdSchema, type StepId, type WorkshopStep } from "@/lib/workshop/steps";
import { STEP_PANELS } from "./step-panels";

type WorkshopStepsProps = {
  /** Step 1 (roster and invite links) comes from the server page. */
  teamPanel: ReactNode;
};

function stepFromUrl(): StepId {
  const parsed = StepIdSchema.safeParse(new URLSearchParams(window.location.search).get("step"));
  return parsed.success ? parsed.data : "team";
}

function subscribeToUrl(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
}

/**
 * The guided sequence: a rail of steps and the board for the one in view. Switching steps only
 * changes the URL, so the live connection and every board's state stay in place.
 */
export function WorkshopSteps({ teamPanel }: WorkshopStepsProps) {
  const active = useSyncExternalStore(subscribeToUrl, stepFromUrl, () => "team" as StepId);
  const available = WORKSHOP_STEPS.filter((step) => step.id === "team" || STEP_PANELS[step.id]);

  const show = useCallback((id: StepId) => {
    const url = new URL(window.location.href);
    url.searchParams.set("step", id);
    window.history.pushState(null, "", url);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, []);

  const step = available.find((candidate) => candidate.id === active) ?? WORKSHOP_STEPS[0];
  if (!step) return null;
  const panel = step.id === "team" ? teamPanel : STEP_PANELS[step.id]?.();

  return (
    <div className="grid gap-8 lg:grid-cols-[15rem_1fr]">
      <nav aria-label="Workshop steps">
        <ol className="flex flex-col gap-1">
          {available.map((candidate) => (
            <li key={candidate.id}>
              <StepLink step={candidate} current={candidate.id === step.id} onSelect={show} />
            </li>
          ))}
        </ol>
      </nav>
      <section aria-labelledby="step-heading" className="flex min-w-0 flex-col gap-6">
        <header className="border-brand-100 bg-brand-50 flex flex-col gap-1 rounded-lg border px-4 py-3">
          <h2 id="step-heading" className="text-xl font-semibold">
            <span className="text-brand-700">Step {step.number}</span> · {step.title}
          </h2>
          <p className="text-slate-700">{step.prompt}</p>
          <p className="text-xs text-slate-600">Suggested time: {step.minutes} minutes</p>
        </header>
        {panel}
      </section>
    </div>
  );
}

type StepLinkProps = { step: WorkshopStep; current: boolean; onSelect: (id: StepId) => void };

function StepLink({ step, current, onSelect }: StepLinkProps) {
  return (
    <button
      type="button"
      aria-current={current ? "step" : undefined}
      onClick={() => onSelect(step.id)}
      className="flex w-full items-center gap-3 rounded-md px-3 py-2 text-left text-sm hover:bg-slate-100 aria-[current=step]:bg-white aria-[current=step]:font-semibold aria-[current=step]:shadow-sm"
    >
      <span
        aria-hidden
        className="grid size-6 shrink-0 place-items-center rounded-full bg-slate-200 text-xs font-semibold text-slate-700"
      >
        {step.number}
      </span>
      {step.title}
    </button>
  );
}
