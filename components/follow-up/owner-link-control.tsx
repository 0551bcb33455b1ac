"use client";

import { useState, useTransition } from "react";
import { createOwnerLinkAction } from "@/app/workshops/[workshopId]/follow-up/owner-link-actions";
import { buttonStyles } from "@/components/ui/button-styles";

/** The facilitator makes (or replaces) the link an item's owner uses to record progress. */
export function OwnerLinkControl({
  workshopId,
  itemId,
  idPrefix,
  initialLink,
}: {
  workshopId: string;
  itemId: string;
  idPrefix: string;
  initialLink: string | null;
}) {
  const [link, setLink] = useState(initialLink);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function makeLink() {
    startTransition(async () => {
      const result = await createOwnerLinkAction({ workshopId, itemId });
      if (result.ok) {
        setLink(result.value);
        setMessage(link ? "New link made: the old one no longer works." : null);
      } else {
        setMessage(result.error.message);
      }
    });
  }

  return (
    <div className="flex flex-col gap-1">
      {link ? (
        <div className="flex flex-wrap items-end gap-2">
          <label
            className="flex min-w-0 flex-1 flex-col gap-1 text-sm"
            htmlFor={`${idPrefix}-link`}
          >
            Owner link
            <input
              id={`${idPrefix}-link`}
              readOnly
              value={link}
              onFocus={(event) => event.currentTarget.select()}
              className="rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs"
            />
          </label>
          <button
            type="button"
            className={buttonStyles.tool}
            onClick={() =>
              void navigator.clipboard?.writeText(link).then(() => setMessage("Copied."))
            }
          >
            Copy
          </button>
          <button type="button" className={buttonStyles.tool} onClick={makeLink} disabled={pending}>
            Replace link
          </button>
        </div>
      ) : (
        <button
          type="button"
          className={`${buttonStyles.tool} self-start`}
          onClick={makeLink}
          disabled={pending}
        >
          Make owner link
        </button>
      )}
      <p role="status" className="text-xs text-slate-600">
        {message ?? (link ? "Send it to the owner: it lets them update this item only." : "")}
      </p>
    </div>
  );
}
