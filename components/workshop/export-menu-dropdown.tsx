"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { useEffect, useRef, type ReactNode, type RefObject } from "react";
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

/**
 * Focuses the first item when the menu mounts. Effects run children first, so this happens before
 * Radix's focus scope moves focus to the menu itself, which then leaves it where it is.
 */
function FocusOnMount({
  targetRef,
  pendingRef,
}: {
  targetRef: RefObject<HTMLElement | null>;
  pendingRef: RefObject<boolean>;
}) {
  useEffect(() => {
    if (!pendingRef.current) return;
    pendingRef.current = false;
    targetRef.current?.focus({ preventScroll: true });
  }, [targetRef, pendingRef]);
  return null;
}

/** The Radix part of the Download menu, loaded on first use (see export-menu.tsx). */
export function ExportMenuDropdown({
  children,
  disabled,
  defaultOpen,
  focusFirstItem,
  onDownload,
}: ExportMenuDropdownProps) {
  const firstItemRef = useRef<HTMLDivElement>(null);
  // Only the opening that loaded the menu; later ones go through Radix's own trigger.
  const focusPendingRef = useRef(focusFirstItem);
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
        >
          <FocusOnMount targetRef={firstItemRef} pendingRef={focusPendingRef} />
          {DOWNLOADS.map(({ format, label, hint }, index) => (
            <DropdownMenu.Item
              key={format}
              ref={index === 0 ? firstItemRef : undefined}
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
