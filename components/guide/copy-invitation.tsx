"use client";

import { useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { inputStyles, labelStyles } from "@/components/ui/form-styles";

/** The invitation's subject and text, ready to copy into a mail or chat. */
export function CopyInvitation({ subject, body }: { subject: string; body: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(`${subject}\n\n${body}`);
      setStatus("copied");
    } catch {
      // No clipboard permission (an http LAN address, a strict browser): select and copy by hand.
      setStatus("failed");
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="invitation-subject" className={labelStyles}>
          Subject
        </label>
        <input id="invitation-subject" readOnly value={subject} className={inputStyles} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="invitation-body" className={labelStyles}>
          Invitation text
        </label>
        <textarea
          id="invitation-body"
          readOnly
          value={body}
          rows={14}
          className={`${inputStyles} field-sizing-content`}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={buttonStyles.primary} onClick={() => void copy()}>
          Copy invitation
        </button>
        <p role="status" className="text-sm text-slate-700">
          {status === "copied"
            ? "Copied: paste it into your mail or chat."
            : status === "failed"
              ? "Copying is blocked here: select the text and copy it yourself."
              : ""}
        </p>
      </div>
    </div>
  );
}
