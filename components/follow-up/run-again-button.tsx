"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { runAgainAction } from "@/app/workshops/[workshopId]/run-again-actions";
import { buttonStyles } from "@/components/ui/button-styles";

/** Starts the next run of the series with what this one carries over. */
export function RunAgainButton({ workshopId }: { workshopId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <section
      aria-labelledby="run-again-heading"
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="run-again-heading" className="text-lg font-semibold">
        Run again
      </h2>
      <p className="text-sm text-slate-700">
        Teams repeat the workshop every 6 to 12 months. The next run starts with the same people
        (new invite links), the segments, data sources and tools, this objective as a draft, the
        roadmap items with their status and their risks with mitigations, each marked &ldquo;from
        last time&rdquo;.
      </p>
      <button
        type="button"
        className={`${buttonStyles.primary} self-start`}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await runAgainAction({ workshopId });
            if (result.ok) router.push(`/workshops/${result.value}`);
            else setError(result.error.message);
          })
        }
      >
        {pending ? "Creating the next run…" : "Run again"}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </section>
  );
}
