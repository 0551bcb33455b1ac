"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";

const POLL_MS = 4_000;

/**
 * Keeps a server-rendered summary live: polls the workshop's version and re-renders the page
 * (router.refresh keeps scroll position) when the boards changed.
 */
export function LiveRefresh({ token, version }: { token: string; version: string }) {
  const router = useRouter();
  const current = useRef(version);
  const [state, setState] = useState<"live" | "offline" | "revoked">("live");

  useEffect(() => {
    current.current = version;
  }, [version]);

  useEffect(() => {
    let stopped = false;
    async function poll() {
      try {
        const response = await fetch(`/api/s/${encodeURIComponent(token)}/version`, {
          cache: "no-store",
        });
        if (response.status === 410 || response.status === 404) {
          setState("revoked");
          router.refresh();
          return;
        }
        const body: unknown = await response.json();
        const next =
          typeof body === "object" && body !== null && "version" in body ? body.version : null;
        setState("live");
        if (typeof next === "string" && next !== current.current) {
          current.current = next;
          router.refresh();
        }
      } catch {
        setState("offline");
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    }
    let timer = setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [token, router]);

  return (
    <p className="flex items-center gap-2 text-sm text-slate-600" role="status">
      <span
        aria-hidden
        className={`size-2 rounded-full ${state === "live" ? "bg-emerald-500" : "bg-slate-400"}`}
      />
      {state === "live"
        ? "Live: updates as the workshop changes"
        : state === "offline"
          ? "Offline: showing the last version"
          : "This link no longer works"}
    </p>
  );
}
