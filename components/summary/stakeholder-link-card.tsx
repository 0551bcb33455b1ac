"use client";

import { useEffect, useId, useState, useTransition } from "react";
import { useParams } from "next/navigation";
import {
  createStakeholderLinkAction,
  getStakeholderLinkAction,
  revokeStakeholderLinkAction,
} from "@/app/workshops/[workshopId]/share-actions";
import { buttonStyles } from "@/components/ui/button-styles";

/** Facilitators create, copy and revoke the read-only stakeholder link (/s/<token>). */
export function StakeholderLinkCard() {
  const { workshopId } = useParams<{ workshopId: string }>();
  const [url, setUrl] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const id = useId();

  useEffect(() => {
    let live = true;
    getStakeholderLinkAction({ workshopId })
      .then((result) => {
        if (!live) return;
        setUrl(result.ok ? result.value : null);
        setError(result.ok ? null : result.error.message);
        setLoaded(true);
      })
      .catch(() => live && setError("The stakeholder link could not be loaded."));
    return () => {
      live = false;
    };
  }, [workshopId]);

  function run(intent: "create" | "revoke") {
    setMessage(null);
    startTransition(async () => {
      try {
        const result =
          intent === "create"
            ? await createStakeholderLinkAction({ workshopId })
            : await revokeStakeholderLinkAction({ workshopId });
        setError(result.ok ? null : result.error.message);
        if (result.ok) {
          setUrl(result.value);
          setMessage(
            intent === "create"
              ? "New link ready. Any earlier link no longer works."
              : "Link revoked. Stakeholders who open it see that it no longer works.",
          );
        }
      } catch {
        setError("That did not work. Check your connection and try again.");
      }
    });
  }

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-col gap-1">
        <h3 id={`${id}-heading`} className="text-lg font-semibold">
          Stakeholder page
        </h3>
        <p className="text-sm text-slate-600">
          A read-only page with this summary for people who were not in the room. No account needed;
          it follows the boards as they change.
        </p>
      </div>
      {url ? (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={`${id}-url`} className="sr-only">
            Stakeholder link
          </label>
          <input
            id={`${id}-url`}
            readOnly
            value={url}
            className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs"
            onFocus={(event) => event.currentTarget.select()}
          />
          <button
            type="button"
            className={buttonStyles.secondary}
            onClick={() =>
              void navigator.clipboard
                .writeText(url)
                .then(() => setMessage("Link copied."))
                .catch(() => setMessage("Select the link and copy it."))
            }
          >
            Copy
          </button>
          <a className={buttonStyles.quiet} href={url} target="_blank" rel="noreferrer">
            Open
          </a>
          <button
            type="button"
            className={buttonStyles.danger}
            disabled={pending}
            onClick={() => run("revoke")}
          >
            Revoke link
          </button>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={url ? buttonStyles.quiet : buttonStyles.primary}
          disabled={pending || !loaded}
          onClick={() => run("create")}
        >
          {url ? "Replace with a new link" : "Create stakeholder link"}
        </button>
      </div>
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-700">
        {pending ? "Working…" : message}
      </p>
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900">
          {error}
        </p>
      ) : null}
    </section>
  );
}
