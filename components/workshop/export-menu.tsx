"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { DOWNLOADS } from "@/components/summary/summary-downloads";
import { useExportDownload } from "@/components/summary/use-export-download";
import { buttonStyles } from "@/components/ui/button-styles";

/** The workshop's download menu: every export, from any step, for every member. */
export function ExportMenu({ workshopId }: { workshopId: string }) {
  const { status, download } = useExportDownload(workshopId);
  return (
    <div className="flex items-center gap-2">
      <DropdownMenu.Root>
        <DropdownMenu.Trigger asChild>
          <button
            type="button"
            className={buttonStyles.secondary}
            disabled={status.state === "busy"}
          >
            {status.state === "busy" ? "Preparing…" : "Download"} <span aria-hidden>▾</span>
          </button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            align="end"
            sideOffset={4}
            className="z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg"
          >
            {DOWNLOADS.map(({ format, label, hint }) => (
              <DropdownMenu.Item
                key={format}
                onSelect={() => void download(format, label)}
                className="data-[highlighted]:bg-brand-50 flex cursor-pointer flex-col rounded px-3 py-2 text-sm outline-none"
              >
                <span className="font-medium">{label}</span>
                <span className="text-xs text-slate-600">{hint}</span>
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {status.state === "done" ? `${status.label} downloaded.` : ""}
      </p>
      {status.state === "error" ? (
        <p role="alert" className="text-sm text-red-800">
          {status.message}
        </p>
      ) : null}
    </div>
  );
}
