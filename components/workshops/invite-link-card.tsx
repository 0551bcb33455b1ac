"use client";

import { useActionState, useState } from "react";
import { regenerateInviteAction, revokeInviteAction } from "@/app/workshops/[workshopId]/actions";
import { buttonStyles } from "@/components/ui/button-styles";
import type { InviteRole } from "@/lib/workshops/schemas";

type InviteLinkCardProps = {
  workshopId: string;
  role: InviteRole;
  title: string;
  description: string;
  /** Full address of the live link, or null when it was revoked. */
  url: string | null;
  expiresLabel: string | null;
};

export function InviteLinkCard(props: InviteLinkCardProps) {
  const [copied, setCopied] = useState(false);
  const [revokeState, revoke, revoking] = useActionState(revokeInviteAction, null);
  const [regenerateState, regenerate, regenerating] = useActionState(regenerateInviteAction, null);
  const latest = regenerateState ?? revokeState;
  const message = latest?.ok ? latest.value : null;
  const error = latest?.ok === false ? latest.error.message : null;
  const url = props.url;

  async function copy() {
    if (!url) return;
    await navigator.clipboard.writeText(url);
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2000);
  }

  const inputId = `invite-${props.role}`;
  return (
    <section
      aria-labelledby={`${inputId}-title`}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid={`invite-${props.role}`}
    >
      <div>
        <h3 id={`${inputId}-title`} className="font-medium">
          {props.title}
        </h3>
        <p className="text-sm text-slate-600">{props.description}</p>
      </div>
      {url ? (
        <div className="flex flex-col gap-2">
          <label htmlFor={inputId} className="sr-only">
            {props.title} link
          </label>
          <div className="flex gap-2">
            <input
              id={inputId}
              readOnly
              value={url}
              onFocus={(event) => event.currentTarget.select()}
              className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs"
            />
            <button type="button" className={buttonStyles.secondary} onClick={() => void copy()}>
              {copied ? "Copied" : "Copy link"}
            </button>
          </div>
          {props.expiresLabel ? (
            <p className="text-xs text-slate-500">Works until {props.expiresLabel}.</p>
          ) : null}
        </div>
      ) : (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          This link is revoked. Create a new one to invite more people.
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <form action={regenerate}>
          <input type="hidden" name="workshopId" value={props.workshopId} />
          <input type="hidden" name="role" value={props.role} />
          <button type="submit" className={buttonStyles.secondary} disabled={regenerating}>
            {url ? "Replace with a new link" : "Create a new link"}
          </button>
        </form>
        {url ? (
          <form action={revoke}>
            <input type="hidden" name="workshopId" value={props.workshopId} />
            <input type="hidden" name="role" value={props.role} />
            <button type="submit" className={buttonStyles.danger} disabled={revoking}>
              Revoke
            </button>
          </form>
        ) : null}
      </div>
      <p role="status" className="text-sm text-slate-700">
        {error ?? message ?? ""}
      </p>
    </section>
  );
}
