"use client";

import { useCallback } from "react";
import { RefusalMessage } from "./refusal-message";
import { useWorkshopRoom } from "./workshop-room";

/** The shared docs' refusal, for the room's status area. */
export function RefusalNotice() {
  const { refusal, docs } = useWorkshopRoom();
  const dismiss = useCallback(() => docs.dismissRefusal(), [docs]);
  return <RefusalMessage refusal={refusal} onDismiss={dismiss} restored="the shared version" />;
}
