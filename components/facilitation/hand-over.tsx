"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { useWorkshopMembers } from "@/components/workshop/use-workshop-members";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { useRolesVersion } from "@/lib/documents/use-private-notes";

const HandOverDialog = dynamic(() => import("./hand-over-dialog").then((m) => m.HandOverDialog), {
  ssr: false,
});

/**
 * The facilitator makes another member facilitator, after confirming; they become a
 * participant. The dialog is its own chunk, loaded on the first press.
 */
export function HandOver() {
  const { self } = useWorkshopRoom();
  // Includes people who joined after the page loaded.
  const members = useWorkshopMembers();
  const [open, setOpen] = useState(false);
  const candidates = members.filter((member) => member.userId !== self.userId);
  return (
    <>
      <button
        type="button"
        className={buttonStyles.secondary}
        disabled={candidates.length === 0}
        onClick={() => setOpen(true)}
      >
        Hand over facilitation…
      </button>
      {open ? <HandOverDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/** Reloads this person's role when the server says roles changed (e.g. after a hand-over). */
export function RoleRefresh() {
  const { docs, status } = useWorkshopRoom();
  const router = useRouter();
  const version = useRolesVersion(docs.control);
  const seen = useRef<number | null>(null);
  useEffect(() => {
    // The first version seen once live is the one this page was rendered with.
    if (status !== "connected") return;
    if (seen.current === null) {
      seen.current = version;
      return;
    }
    if (version === seen.current) return;
    seen.current = version;
    router.refresh();
  }, [router, status, version]);
  return null;
}
