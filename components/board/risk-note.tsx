"use client";

import { memo, useEffect, useId, useRef } from "react";
import { ExampleMarker } from "@/components/guide/example-marker";
import { FromLastTimeMarker } from "@/components/guide/from-last-time-marker";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import {
  RISK_CATEGORIES,
  SEVERITIES,
  type RiskCategory,
  type Severity,
} from "@/lib/documents/records";
import { removeRisk, updateRisk } from "@/lib/documents/risks";
import { useTypingIn } from "@/lib/documents/use-scenario-presence";
import { useSharedText } from "@/lib/documents/use-shared-text";
import { isMitigated } from "@/lib/documents/warnings";
import { useBoardEditing } from "./board-room";
import { RiskIcon, TrashIcon } from "./icons";
import { RISK_CATEGORY_LABELS, SEVERITY_LABELS } from "@/lib/documents/labels";
import { shortText } from "./short-text";
import { NoteAuthor } from "./note-author";
import { TypingIn } from "./typing-in";

type RiskNoteProps = { risk: BoardSnapshot["risks"][number] };

/**
 * A red persofail note. Besides the colour it says "Risk" and carries an icon, so it reads the
 * same without colour vision. Memoised on the record, which keeps its identity while unchanged.
 */
export const RiskNote = memo(function RiskNote({ risk }: RiskNoteProps) {
  const { doc, awareness, canEdit, focus, report } = useBoardEditing();
  const id = useId();
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  const riskId = risk.id;
  const field = (name: "description" | "mitigation") =>
    ({ kind: "record", collection: "risks", recordId: riskId, field: name }) as const;
  const description = useSharedText({
    doc,
    target: field("description"),
    awareness,
    commitKeys: true,
    onResult: report,
  });
  const mitigation = useSharedText({
    doc,
    target: field("mitigation"),
    awareness,
    commitKeys: true,
    onResult: report,
  });
  const typists = useTypingIn(awareness, riskId);
  useEffect(() => {
    if (focus.take(riskId)) descriptionRef.current?.focus();
  }, [focus, riskId]);
  const mitigated = isMitigated(risk);
  const label = shortText(risk.description, "new risk");

  return (
    <li
      data-testid="risk-note"
      className="border-risk-600 bg-risk-50 flex flex-col gap-2 rounded-md border-l-4 p-2 shadow-sm"
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="flex items-center gap-1 text-sm font-bold text-red-800">
          <RiskIcon />
          Risk
        </span>
        <ExampleMarker doc={doc} collection="risks" recordId={riskId} />
        <FromLastTimeMarker doc={doc} collection="risks" recordId={riskId} />
        <label htmlFor={`${id}-category`} className="sr-only">
          Risk category
        </label>
        <select
          id={`${id}-category`}
          value={risk.category}
          disabled={!canEdit}
          onChange={(event) =>
            report(updateRisk(doc, { riskId, category: event.target.value as RiskCategory }))
          }
          className="rounded border border-red-200 bg-white px-1.5 py-0.5 text-xs"
        >
          {RISK_CATEGORIES.map((value) => (
            <option key={value} value={value}>
              {RISK_CATEGORY_LABELS[value]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-severity`} className="text-xs text-slate-700">
          Severity
        </label>
        <select
          id={`${id}-severity`}
          value={risk.severity}
          disabled={!canEdit}
          onChange={(event) =>
            report(updateRisk(doc, { riskId, severity: event.target.value as Severity }))
          }
          className="rounded border border-red-200 bg-white px-1.5 py-0.5 text-xs"
        >
          {SEVERITIES.map((value) => (
            <option key={value} value={value}>
              {SEVERITY_LABELS[value]}
            </option>
          ))}
        </select>
        <span className="flex-1" />
        <NoteAuthor authorId={risk.authorId} />
        <button
          type="button"
          disabled={!canEdit}
          aria-label={`Delete risk ${label}`}
          title="Delete risk"
          onClick={() => report(removeRisk(doc, { riskId }), `Risk “${label}” deleted.`)}
          className="rounded p-1 text-slate-700 hover:bg-red-100 hover:text-red-800 disabled:cursor-not-allowed disabled:opacity-50"
        >
          <TrashIcon />
        </button>
      </div>
      <label htmlFor={`${id}-description`} className="text-xs font-medium text-slate-800">
        What could go wrong
      </label>
      <textarea
        id={`${id}-description`}
        {...description}
        ref={(element) => {
          descriptionRef.current = element;
          description.ref(element);
        }}
        disabled={!canEdit}
        rows={2}
        maxLength={2000}
        className="field-sizing-content min-h-12 resize-none rounded border border-red-200 bg-white px-2 py-1 text-sm"
      />
      <label htmlFor={`${id}-mitigation`} className="text-xs font-medium text-slate-800">
        Mitigation or failsafe
      </label>
      <textarea
        id={`${id}-mitigation`}
        {...mitigation}
        disabled={!canEdit}
        rows={2}
        maxLength={2000}
        aria-describedby={mitigated ? undefined : `${id}-unmitigated`}
        className="field-sizing-content min-h-12 resize-none rounded border border-red-200 bg-white px-2 py-1 text-sm"
      />
      <TypingIn names={typists} />
      {mitigated ? null : (
        <p id={`${id}-unmitigated`} className="text-xs font-medium text-red-800">
          No mitigation yet: say how you would prevent or catch this.
        </p>
      )}
    </li>
  );
});
