"use client";

import { useEffect } from "react";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { useControl } from "@/lib/documents/use-control";
import { moveGroupToStep } from "@/lib/documents/step-time";
import { useStepTimeLog } from "@/lib/documents/use-step-time-log";
import { serverNow } from "@/lib/realtime/client/server-clock";

/**
 * The first time a facilitator is connected, the agenda clock starts on the current step, so
 * time on step 1 is counted too. Waits for the synced control doc: writing the step before it
 * arrived would send the group back to step 1.
 */
export function StartAgendaClock() {
  const { docs, status } = useWorkshopRoom();
  const { currentStep } = useControl(docs.control);
  const { enteredAt } = useStepTimeLog(docs.control);
  useEffect(() => {
    if (status !== "connected" || enteredAt !== null) return;
    moveGroupToStep(docs.control, { step: currentStep, now: serverNow() });
  }, [status, enteredAt, currentStep, docs.control]);
  return null;
}
