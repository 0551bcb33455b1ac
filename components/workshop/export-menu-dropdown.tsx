"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import type { ReactNode } from "react";
import { DOWNLOADS } from "@/components/summary/summary-downloads";
import { buttonStyles } from "@/components/ui/button-styles";
import type { ExportFormat } from "@/lib/exports/render-export";

type ExportMenuDropdownProps = {
  /** The trigger's face, the same as the placeholder button the page shipped with. */
  children: ReactNode;
  disabled: boolean;
  /** Opens as soon as it mounts: it is loaded by the first press of the placeholder. */
  defaultOpen: boolean;
  /** Opened from the keyboard: start on the first item, as Radix does for its own trigger. */
  focusFirstItem: boolean;
  onDownload: (format: ExportFormat, label: string) => void;
};

/** The Radix part of the Download menu, loaded on first use (see export-menu.tsx). */
export function ExportMenuDropdown({
  children,
  disabled,
  defaultOpen,
  focusFirstItem,
  onDownload,
}: ExportMenuDropdownProps) {
  return (
    <DropdownMenu.Root defaultOpen={defaultOpen}>
      <DropdownMenu.Trigger asChild>
        <button type="button" className={buttonStyles.secondary} disabled={disabled}>
          {children}
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          className="z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg"
          onOpenAutoFocus={(event) => {
            if (!focusFirstItem || !(event.currentTarget instanceof HTMLElement)) return;
            const first = event.currentTarget.querySelector<HTMLElement>('[role="menuitem"]');
            if (!first) return;
            event.preventDefault();
            first.focus({ preventScroll: true });
          }}
        >
          {DOWNLOADS.map(({ format, label, hint }) => (
            <DropdownMenu.Item
              key={format}
              onSelect={() => onDownload(format, label)}
              className="data-[highlighted]:bg-brand-50 flex cursor-pointer flex-col rounded px-3 py-2 text-sm outline-none"
            >
              <span className="font-medium">{label}</span>
              <span className="text-xs text-slate-600">{hint}</span>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
