"use client";

import { ConnectionStatusBadge } from "@/components/realtime/connection-status-badge";
import { PresenceAvatars } from "@/components/realtime/presence-avatars";
import { usePresence } from "@/lib/realtime/client/use-presence";
import { AnonymousIndicator } from "./anonymous-indicator";
import { UndoControls } from "./undo-controls";
import { useWorkshopRoom } from "./workshop-room";

/**
 * Who is here, whether this device is in sync, anonymous mode and Undo/Redo, for the workshop
 * header. Notices (refusals, lock, where the group is) go to the step's one status area.
 */
export function LiveStatus() {
  const { status, closeReason, awareness } = useWorkshopRoom();
  const { peers } = usePresence(awareness);
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="live-status">
      <PresenceAvatars peers={peers} />
      <ConnectionStatusBadge status={status} closeReason={closeReason} />
      <AnonymousIndicator />
      <UndoControls />
    </div>
  );
}
