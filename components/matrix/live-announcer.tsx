"use client";

import { useCallback, useState } from "react";

/**
 * A polite live region for changes made outside a drag (arrow-key nudges, returns to the
 * tray). Each message replaces the last, so holding an arrow key reads only where it stopped.
 */
export function useLiveAnnouncer(): { message: string; announce: (text: string) => void } {
  const [message, setMessage] = useState("");
  // The trailing non-breaking space toggles so the same words twice are still read twice.
  const announce = useCallback(
    (text: string) => setMessage((previous) => (previous === text ? `${text}\u00a0` : text)),
    [],
  );
  return { message, announce };
}

export function LiveAnnouncer({ message }: { message: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
      {message}
    </div>
  );
}
