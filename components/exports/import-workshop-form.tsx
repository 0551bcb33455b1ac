"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { buttonStyles } from "@/components/ui/button-styles";
import { FunctionSelect } from "@/components/ui/function-select";

/** Starts a new workshop from a workshop JSON export (e.g. the 6–12-month repeat). */
export function ImportWorkshopForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const id = useId();

  async function submit(form: HTMLFormElement) {
    setError(null);
    setPending(true);
    try {
      const response = await fetch("/api/workshops/import", {
        method: "POST",
        body: new FormData(form),
      });
      const body: unknown = await response.json().catch(() => null);
      const field = (key: string) =>
        typeof body === "object" && body !== null && key in body
          ? (body as Record<string, unknown>)[key]
          : null;
      const workshopId = field("id");
      if (response.ok && typeof workshopId === "string") {
        router.push(`/workshops/${workshopId}`);
        return;
      }
      const problem = field("error");
      const message =
        typeof problem === "object" && problem !== null && "message" in problem
          ? problem.message
          : null;
      setError(typeof message === "string" ? message : `Import failed (${response.status}).`);
    } catch {
      setError("The import failed. Check your connection and try again.");
    }
    setPending(false);
  }

  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-file`} className="text-sm font-medium text-slate-800">
          Workshop JSON export
        </label>
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          accept="application/json,.json"
          required
          className="text-sm"
        />
      </div>
      <FunctionSelect name="function" label="Your function" />
      <fieldset className="flex flex-col gap-1 text-sm text-slate-800">
        <legend className="mb-1 font-medium">People from the export</legend>
        <label className="flex items-start gap-2">
          <input type="radio" name="people" value="names" defaultChecked className="mt-1" />
          <span>Keep their names only (roster and roadmap owners); nobody gets access.</span>
        </label>
        <label className="flex items-start gap-2">
          <input type="radio" name="people" value="invite" className="mt-1" />
          <span>
            Invite them: people whose account is on this server see the workshop in their list; the
            others are kept by name and join through the new links.
          </span>
        </label>
      </fieldset>
      <button type="submit" className={buttonStyles.secondary} disabled={pending}>
        {pending ? "Importing…" : "Import as a new workshop"}
      </button>
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900">
          {error}
        </p>
      ) : null}
    </form>
  );
}
