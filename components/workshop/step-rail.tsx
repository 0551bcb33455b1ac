"use client";

import { useState } from "react";
import { timeSpentMs, type StepTimeLog } from "@/lib/documents/step-time";
import type { StepId, WorkshopStep } from "@/lib/documents/steps";
import { showStep } from "./show-step";

type StepRailProps = {
  steps: readonly WorkshopStep[];
  viewing: StepId;
  currentStep: StepId;
  timeLog: StepTimeLog;
  now: number;
};

/**
 * The steps with their planned and spent minutes. On wide screens a column that folds to its
 * numbers; on narrow ones a strip of numbers (the titles stay in each button's name).
 */
export function StepRail({ steps, viewing, currentStep, timeLog, now }: StepRailProps) {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <nav
      aria-label="Workshop steps"
      className={`flex min-w-0 shrink-0 flex-col gap-1 lg:sticky lg:top-2 ${collapsed ? "lg:w-14" : "lg:w-56"}`}
    >
      <button
        type="button"
        aria-expanded={!collapsed}
        onClick={() => setCollapsed((current) => !current)}
        className="hidden items-center gap-2 rounded-md px-2 py-1 text-xs font-medium text-slate-600 hover:bg-slate-100 lg:inline-flex"
      >
        <span aria-hidden>{collapsed ? "»" : "«"}</span>
        <span className={collapsed ? "sr-only" : ""}>
          {collapsed ? "Show step titles" : "Hide step titles"}
        </span>
      </button>
      <ol className="flex gap-0.5 overflow-x-auto pb-1 lg:flex-col lg:overflow-visible lg:pb-0">
        {steps.map((step) => (
          <li key={step.id} className="shrink-0">
            <StepLink
              step={step}
              viewing={step.id === viewing}
              groupIsHere={step.id === currentStep}
              collapsed={collapsed}
              spentMinutes={Math.floor(
                timeSpentMs({ log: timeLog, step: step.id, currentStep, now }) / 60_000,
              )}
            />
          </li>
        ))}
      </ol>
    </nav>
  );
}

type StepLinkProps = {
  step: WorkshopStep;
  viewing: boolean;
  groupIsHere: boolean;
  collapsed: boolean;
  spentMinutes: number;
};

function StepLink({ step, viewing, groupIsHere, collapsed, spentMinutes }: StepLinkProps) {
  const over = spentMinutes > step.minutes;
  // Narrow screens and the folded rail show numbers; the words stay for screen readers.
  const words = collapsed ? "sr-only" : "sr-only lg:not-sr-only";
  return (
    <button
      type="button"
      aria-current={viewing ? "step" : undefined}
      onClick={() => showStep(step.id)}
      title={collapsed ? step.title : undefined}
      className="relative flex w-full items-center gap-2 rounded-md p-1 text-left text-sm hover:bg-slate-100 aria-[current=step]:bg-white aria-[current=step]:font-semibold aria-[current=step]:shadow-sm aria-[current=step]:ring-1 aria-[current=step]:ring-slate-200 lg:px-2 lg:py-1.5"
    >
      <span
        aria-hidden
        className={`grid size-7 shrink-0 place-items-center rounded-full text-xs font-semibold ${
          groupIsHere ? "bg-brand-600 text-white" : "bg-slate-200 text-slate-700"
        }`}
      >
        {step.number}
      </span>
      <span className={`flex min-w-0 flex-1 flex-col ${words}`}>
        {step.title}
        <span className={`text-xs font-normal ${over ? "text-red-700" : "text-slate-600"}`}>
          {spentMinutes} of {step.minutes} min{over ? " · over time" : ""}
        </span>
      </span>
      {groupIsHere ? (
        <span
          className={`bg-brand-600 rounded-full px-2 py-0.5 text-xs font-medium text-white ${words}`}
        >
          Now
        </span>
      ) : null}
    </button>
  );
}
