"use client";

import Link from "next/link";
import { useCallback, useSyncExternalStore } from "react";
import { StepGuidePanel } from "@/components/guide/step-guide-panel";
import type { StepId } from "@/lib/documents/steps";
import { canFacilitate } from "@/lib/workshops/roles";
import { useWorkshopRoom } from "./workshop-room";

const KEY = "prepersonalize:prompt-hidden";
const listeners = new Set<() => void>();

function hiddenSteps(): string {
  try {
    return localStorage.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setHidden(step: StepId, hidden: boolean): void {
  const steps = new Set(hiddenSteps().split(",").filter(Boolean));
  if (hidden) steps.add(step);
  else steps.delete(step);
  try {
    localStorage.setItem(KEY, [...steps].join(","));
  } catch {
    // Private mode: the choice lasts until reload.
  }
  for (const listener of listeners) listener();
}

/**
 * The step's prompt, which each person can fold away once read (remembered per step on this
 * device), leaving the board more room, and the step's guide in a side panel.
 */
export function StepPrompt({ step, prompt }: { step: StepId; prompt: string }) {
  const hidden = useSyncExternalStore(
    subscribe,
    () => hiddenSteps().split(",").includes(step),
    () => false,
  );
  const toggle = useCallback(() => setHidden(step, !hidden), [step, hidden]);
  const { role, workshopId } = useWorkshopRoom();
  return (
    // On a phone the buttons wrap under the prompt rather than squeezing it into a narrow column.
    <div className="flex min-w-0 flex-wrap items-start gap-x-2 gap-y-1">
      {hidden ? null : (
        <p id={`prompt-${step}`} className="min-w-0 flex-1 basis-72 text-sm text-slate-700">
          {prompt}
        </p>
      )}
      <button
        type="button"
        aria-expanded={!hidden}
        aria-controls={hidden ? undefined : `prompt-${step}`}
        onClick={toggle}
        className="inline-flex shrink-0 items-center gap-1 rounded-md px-2 py-0.5 text-xs font-medium text-slate-600 hover:bg-slate-100"
      >
        {hidden ? "Show prompt" : "Hide prompt"}
      </button>
      <StepGuidePanel step={step} role={role} workshopId={workshopId} />
      {step === "team" && canFacilitate(role) ? (
        <Link
          href={`/workshops/${workshopId}/before-the-day`}
          className="text-brand-700 shrink-0 rounded-md px-2 py-0.5 text-xs font-medium underline hover:bg-slate-100"
        >
          Before the day
        </Link>
      ) : null}
    </div>
  );
}
