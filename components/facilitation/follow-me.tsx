"use client";

import { useEffect, useRef, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { showStep } from "@/components/workshop/show-step";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { setFollowFocus, type FollowFocus } from "@/lib/documents/follow-focus";
import type { StepId } from "@/lib/documents/steps";
import { useControl } from "@/lib/documents/use-control";
import { useLeaderFocus } from "@/lib/documents/use-leader-focus";

const TARGETS = "[data-scenario-id], [data-segment-id]";

function isTextEntry(element: Element | null): boolean {
  return (
    element instanceof HTMLElement &&
    (element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName))
  );
}

function targetSelector(focus: FollowFocus): string {
  const attribute = focus.kind === "scenario" ? "data-scenario-id" : "data-segment-id";
  return `[${attribute}="${CSS.escape(focus.targetId)}"]`;
}

/** Facilitator side: whatever note or segment they select becomes the group's focus. */
export function ShareFocus({ viewing }: { viewing: StepId }) {
  const { awareness, docs } = useWorkshopRoom();
  const { currentStep } = useControl(docs.control);
  // Moving the group ends the focus: it was chosen for where the group was.
  const focusedAt = useRef<StepId | null>(null);
  useEffect(() => {
    if (!awareness || focusedAt.current === null || focusedAt.current === currentStep) return;
    focusedAt.current = null;
    setFollowFocus(awareness, null);
  }, [awareness, currentStep]);
  useEffect(() => {
    if (!awareness) return;
    const onFocusIn = (event: FocusEvent): void => {
      const target = event.target instanceof Element ? event.target.closest(TARGETS) : null;
      if (!(target instanceof HTMLElement)) return;
      const scenarioId = target.dataset.scenarioId;
      const segmentId = target.dataset.segmentId;
      const chosen: Pick<FollowFocus, "kind" | "targetId"> | null = scenarioId
        ? { kind: "scenario", targetId: scenarioId }
        : segmentId
          ? { kind: "segment", targetId: segmentId }
          : null;
      if (!chosen) return;
      focusedAt.current = currentStep;
      setFollowFocus(awareness, {
        ...chosen,
        step: viewing,
        groupStep: currentStep,
        at: Date.now(),
      });
    };
    document.addEventListener("focusin", onFocusIn);
    return () => document.removeEventListener("focusin", onFocusIn);
  }, [awareness, viewing, currentStep]);
  return null;
}

/**
 * Participant side: follows the facilitator's focus (step, then the note or segment: scrolled into
 * view and focused unless this person is typing), with "Stop following" / "Follow again".
 */
export function FollowLeader({ viewing }: { viewing: StepId }) {
  const { awareness, docs } = useWorkshopRoom();
  const { currentStep } = useControl(docs.control);
  const focus = useLeaderFocus(awareness, currentStep);
  const [following, setFollowing] = useState(true);
  // The facilitator's focus is applied once per change: someone who then looks at another step
  // on their own is not pulled back until the facilitator focuses something new.
  const applied = useRef<number | null>(null);

  useEffect(() => {
    if (!following || !focus || applied.current === focus.at) return;
    if (focus.step !== viewing) {
      showStep(focus.step);
      return;
    }
    applied.current = focus.at;
    // The board may still be rendering the note; try for a moment.
    let frame = 0;
    let tries = 0;
    const seek = (): void => {
      const element = document.querySelector(targetSelector(focus));
      if (!(element instanceof HTMLElement)) {
        if (tries++ < 120) frame = requestAnimationFrame(seek);
        return;
      }
      element.scrollIntoView({ block: "center", behavior: "smooth" });
      if (isTextEntry(document.activeElement)) return;
      if (!element.hasAttribute("tabindex")) element.tabIndex = -1;
      element.focus({ preventScroll: true });
    };
    seek();
    return () => cancelAnimationFrame(frame);
  }, [focus, following, viewing]);

  if (!focus) return null;
  return (
    <div
      role="group"
      aria-label="Follow the facilitator"
      className="flex flex-wrap items-center gap-3 rounded-md border border-sky-200 bg-sky-50 px-3 py-1.5 text-sm text-sky-950"
    >
      <span role="status">
        {following
          ? `Following ${focus.leaderName}'s focus.`
          : `You stopped following ${focus.leaderName}.`}
      </span>
      <button
        type="button"
        className={buttonStyles.tool}
        onClick={() => {
          applied.current = null;
          setFollowing((current) => !current);
        }}
      >
        {following ? "Stop following" : "Follow again"}
      </button>
    </div>
  );
}
