"use client";

import { buttonStyles } from "@/components/ui/button-styles";

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className={`${buttonStyles.secondary} print:hidden`}
      onClick={() => window.print()}
    >
      {label}
    </button>
  );
}
