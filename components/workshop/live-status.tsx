"use client";

import { ConnectionStatusBadge } from "@/components/realtime/connection-status-badge";
import { PresenceAvatars } from "@/components/realtime/presence-avatars";
import { usePresence } from "@/lib/realtime/client/use-presence";
import { AnonymousIndicator } from "./anonymous-indicator";
import { RefusalNotice } from "./refusal-notice";
import { UndoControls } from "./undo-controls";
import { useWorkshopRoom } from "./workshop-room";

/** Who is here, whether this device is in sync, and the room's rules, for the workshop header. */
export function LiveStatus() {
  const { status, closeReason, awareness } = useWorkshopRoom();
  const { peers } = usePresence(awareness);
  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="live-status">
      <PresenceAvatars peers={peers} />
      <ConnectionStatusBadge status={status} closeReason={closeReason} />
      <AnonymousIndicator />
      <UndoControls />
      <RefusalNotice />
    </div>
  );
}
