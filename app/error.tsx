"use client";

import { buttonStyles } from "@/components/ui/button-styles";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto flex max-w-lg flex-col items-start gap-4 px-6 py-20">
      <p className="text-sm font-semibold text-red-700">Something went wrong</p>
      <h1 className="text-2xl font-semibold">This page could not be shown</h1>
      <p className="text-slate-700">
        Nothing you saved was lost. Try again; if it keeps happening, reload the page.
      </p>
      <button type="button" className={buttonStyles.primary} onClick={reset}>
        Try again
      </button>
    </main>
  );
}
