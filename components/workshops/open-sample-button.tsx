"use client";

import { useActionState } from "react";
import { createSampleWorkshopAction } from "@/app/workshops/actions";
import { buttonStyles } from "@/components/ui/button-styles";

/** One click to a finished sample workshop, to see where the eight steps lead. */
export function OpenSampleButton() {
  const [state, action, pending] = useActionState(createSampleWorkshopAction, null);
  return (
    <form action={action} aria-label="Sample workshop" className="flex flex-col gap-2">
      <p className="text-sm text-slate-700">
        See the end before you start: a finished sample workshop with all eight steps, votes, a
        roadmap and its summary. It is clearly labelled “Sample” and yours to explore.
      </p>
      {state?.ok === false ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error.message}
        </p>
      ) : null}
      <button type="submit" className={buttonStyles.secondary} disabled={pending}>
        {pending ? "Preparing the sample…" : "Open a sample workshop"}
      </button>
    </form>
  );
}
