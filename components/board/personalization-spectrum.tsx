"use client";

import { IDENTITY_RESOLUTION_LABELS } from "@/lib/documents/labels";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { useBoardSelector } from "@/lib/documents/use-board";
import { useBoardEditing } from "./board-room";

const selectIdentityStatus = (snapshot: BoardSnapshot) => snapshot.identityResolution.status;

const LEVELS = [
  { name: "Segment", text: "one message for a group that shares a trait" },
  { name: "Individual", text: "tailored from one person's own history" },
  { name: "One-to-one", text: "adapts to this person's context as it happens" },
] as const;

/**
 * The segmentation → individualization → one-to-one spectrum, next to where ideas are written.
 * Ideas further right need joined profiles, so the workshop's identity resolution is shown too.
 */
export function SpectrumHint() {
  const { doc } = useBoardEditing();
  const status = useBoardSelector(doc, selectIdentityStatus);
  const joined = status === "deterministic" || status === "probabilistic";
  return (
    <div
      className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-700"
      data-testid="spectrum-hint"
    >
      <ol aria-label="Personalization spectrum" className="flex flex-wrap items-center gap-1">
        {LEVELS.map((level, index) => (
          <li key={level.name} className="flex items-center gap-1">
            {index > 0 ? <span aria-hidden>→</span> : null}
            <span title={level.text} className="rounded bg-slate-100 px-1.5 py-0.5">
              <span className="font-semibold">{level.name}</span>
              <span className="sr-only">: {level.text}</span>
            </span>
          </li>
        ))}
      </ol>
      <p>
        Start left: segments are cheap and often win big.{" "}
        {joined
          ? "Profiles are joined, so ideas for one person are within reach."
          : `Ideas for one person need joined profiles (step 3 says: ${IDENTITY_RESOLUTION_LABELS[status].split(":")[0]}).`}
      </p>
    </div>
  );
}
