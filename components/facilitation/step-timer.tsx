"use client";

import { Bell, BellOff } from "@/components/ui/icons";
import { useEffect, useRef, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import type { WorkshopStep } from "@/lib/documents/steps";
import {
  formatRemaining,
  remainingMs,
  updateStepTimer,
  type TimerAction,
} from "@/lib/documents/timer";
import { useStepTimer } from "@/lib/documents/use-step-timer";
import { isChimeMuted, playChime, setChimeMuted } from "./chime";
import { useNow } from "./use-now";
import { serverNow } from "@/lib/realtime/client/server-clock";

/** The time box of the step in view: the same countdown on every screen. */
export function StepTimer({ step }: { step: WorkshopStep }) {
  const { docs, role } = useWorkshopRoom();
  const timer = useStepTimer(docs.control, step.id, step.minutes);
  const now = useNow(timer.status === "running");
  const left = now === 0 && timer.status === "running" ? null : remainingMs(timer, now);
  const timeUp = timer.status === "running" && left === 0;
  const [muted, setMuted] = useState(false);

  useEffect(() => setMutedFromStorage(setMuted), []);

  // Chime once when this screen sees the countdown reach zero.
  const chimed = useRef(false);
  useEffect(() => {
    if (!timeUp) {
      chimed.current = false;
      return;
    }
    if (chimed.current) return;
    chimed.current = true;
    if (!isChimeMuted()) playChime();
  }, [timeUp]);

  const act = (action: TimerAction["action"]) =>
    updateStepTimer(docs.control, {
      action,
      step: step.id,
      suggestedMinutes: step.minutes,
      now: serverNow(),
    });

  return (
    <div className="flex flex-wrap items-center gap-1">
      <p
        role="timer"
        aria-label={`Time left for ${step.title}`}
        className={`rounded-md border border-slate-200 px-2 py-0.5 font-mono text-base tabular-nums ${
          timeUp ? "bg-red-100 text-red-800" : "bg-white text-slate-900"
        }`}
      >
        {left === null ? "--:--" : formatRemaining(left)}
      </p>
      {timeUp ? (
        <span role="status" className="text-sm font-medium text-red-800">
          Time is up
        </span>
      ) : timer.status === "paused" ? (
        <span className="text-sm text-slate-600">Paused</span>
      ) : null}
      {role === "facilitator" ? (
        <div role="group" aria-label="Timer controls" className="flex flex-wrap gap-1">
          {timer.status === "running" ? (
            <button type="button" className={buttonStyles.toolQuiet} onClick={() => act("pause")}>
              Pause timer
            </button>
          ) : (
            <button type="button" className={buttonStyles.toolQuiet} onClick={() => act("start")}>
              Start timer
            </button>
          )}
          <button
            type="button"
            className={buttonStyles.toolQuiet}
            onClick={() => act("add-minute")}
          >
            +1 minute
          </button>
          <button type="button" className={buttonStyles.toolQuiet} onClick={() => act("reset")}>
            Reset timer
          </button>
        </div>
      ) : null}
      <button
        type="button"
        aria-pressed={muted}
        title="Mute timer sound"
        className={buttonStyles.toolQuiet}
        onClick={() => {
          setChimeMuted(!muted);
          setMuted(!muted);
        }}
      >
        {muted ? (
          <BellOff aria-hidden className="size-4" />
        ) : (
          <Bell aria-hidden className="size-4" />
        )}
        {/* The bell alone keeps the step's heading row on one line; the name stays spoken. */}
        <span className="sr-only">Mute timer sound</span>
      </button>
    </div>
  );
}

// localStorage exists only in the browser, after hydration.
function setMutedFromStorage(set: (muted: boolean) => void): void {
  set(isChimeMuted());
}
