"use client";

import { ConnectionStatusBadge } from "@/components/realtime/connection-status-badge";
import { PresenceAvatars } from "@/components/realtime/presence-avatars";
import { usePresence } from "@/lib/realtime/client/use-presence";
import { UndoControls } from "./undo-controls";
import { useWorkshopRoom } from "./workshop-room";

/** Who is here and whether this device is in sync, for the workshop header. */
export function LiveStatus() {
  const { status, closeReason, awareness, changesRejected } = useWorkshopRoom();
  const { peers } = usePresence(awareness);
  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="live-status">
      <PresenceAvatars peers={peers} />
      <ConnectionStatusBadge status={status} closeReason={closeReason} />
      <UndoControls />
      {changesRejected ? (
        <p role="alert" className="text-sm text-red-700">
          Some of your changes were not accepted (the board may be locked or read-only). Reload to
          see the shared version.
        </p>
      ) : null}
    </div>
  );
}
