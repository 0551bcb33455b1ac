"use client";

import { inputStyles, labelStyles } from "@/components/ui/form-styles";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { setIdentityResolution } from "@/lib/documents/identity-resolution";
import { IDENTITY_RESOLUTION_LABELS } from "@/lib/documents/labels";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import {
  IDENTITY_RESOLUTION_STATUSES,
  IdentityResolutionStatusSchema,
} from "@/lib/documents/records";
import { useBoardSelector } from "@/lib/documents/use-board";
import { useSharedText } from "@/lib/documents/use-shared-text";

const selectIdentity = (snapshot: BoardSnapshot) => snapshot.identityResolution;

/**
 * Step 3: how the company recognises one person across devices and channels. One-to-one ideas
 * need a joined profile, so the group settles this before writing scenarios.
 */
export function IdentityResolutionPanel({ canEdit }: { canEdit: boolean }) {
  const { docs, awareness } = useWorkshopRoom();
  const identity = useBoardSelector(docs.board, selectIdentity);
  const note = useSharedText({ doc: docs.board, target: { kind: "identity-note" }, awareness });

  return (
    <section
      aria-labelledby="identity-heading"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-col gap-1">
        <h3 id="identity-heading" className="text-lg font-semibold">
          Identity resolution
        </h3>
        <p className="text-sm text-slate-600">
          How do you know the person in the app is the one who opened yesterday&apos;s email? Ideas
          for one person need profiles that are joined; without that, stay with segments.
        </p>
      </div>
      <div className="grid gap-3 md:grid-cols-[minmax(0,20rem)_1fr]">
        <div className="flex flex-col gap-1">
          <label htmlFor="identity-status" className={labelStyles}>
            How profiles are joined
          </label>
          <select
            id="identity-status"
            value={identity.status}
            disabled={!canEdit}
            onChange={(event) => {
              const status = IdentityResolutionStatusSchema.safeParse(event.target.value);
              if (status.success) setIdentityResolution(docs.board, { status: status.data });
            }}
            className={inputStyles}
          >
            {IDENTITY_RESOLUTION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {IDENTITY_RESOLUTION_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="identity-note" className={labelStyles}>
            Notes on identity
          </label>
          <textarea
            id="identity-note"
            {...note}
            rows={2}
            maxLength={2000}
            disabled={!canEdit}
            placeholder="e.g. Logged-in web and app share a customer id; email clicks are matched by hashed address"
            className={`${inputStyles} field-sizing-content`}
          />
        </div>
      </div>
    </section>
  );
}
