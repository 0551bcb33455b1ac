"use client";

import { useState, type MouseEvent } from "react";
import { useExportDownload } from "@/components/summary/use-export-download";
import { buttonStyles } from "@/components/ui/button-styles";
import type { ExportMenuDropdown } from "./export-menu-dropdown";

type Dropdown = typeof ExportMenuDropdown;

let loading: Promise<Dropdown> | null = null;

// The menu (Radix, ~30 kB gzipped) is not needed for the first paint: it loads when someone points
// at or focuses the button, and the first press opens it as soon as it is there.
function loadDropdown(): Promise<Dropdown> {
  loading ??= import("./export-menu-dropdown").then(
    (module) => module.ExportMenuDropdown,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

function preload() {
  loadDropdown().catch(() => {
    // Pressing the button tries again and says so if it fails.
  });
}

/** The workshop's download menu: every export, from any step, for every member. */
export function ExportMenu({ workshopId }: { workshopId: string }) {
  const { status, download } = useExportDownload(workshopId);
  const [menu, setMenu] = useState<{ Dropdown: Dropdown; viaKeyboard: boolean } | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const busy = status.state === "busy";
  const face = (
    <>
      {busy ? "Preparing…" : "Download"} <span aria-hidden>▾</span>
    </>
  );

  function open(event: MouseEvent<HTMLButtonElement>) {
    // A click from Enter or Space has no pointer press behind it.
    const viaKeyboard = event.detail === 0;
    setLoadFailed(false);
    loadDropdown().then(
      (Dropdown) => setMenu({ Dropdown, viaKeyboard }),
      () => setLoadFailed(true),
    );
  }

  return (
    <div className="flex items-center gap-2">
      {menu ? (
        <menu.Dropdown
          disabled={busy}
          defaultOpen
          focusFirstItem={menu.viaKeyboard}
          onDownload={(format, label) => void download(format, label)}
        >
          {face}
        </menu.Dropdown>
      ) : (
        <button
          type="button"
          aria-haspopup="menu"
          aria-expanded={false}
          className={buttonStyles.secondary}
          disabled={busy}
          onPointerEnter={preload}
          onFocus={preload}
          onClick={open}
        >
          {face}
        </button>
      )}
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {status.state === "done" ? `${status.label} downloaded.` : ""}
      </p>
      {status.state === "error" || loadFailed ? (
        <p role="alert" className="text-sm text-red-800">
          {status.state === "error"
            ? status.message
            : "The Download menu could not load. Check your connection and try again."}
        </p>
      ) : null}
    </div>
  );
}
