"use client";

import { useId } from "react";
import type * as Y from "yjs";
import { inputStyles, labelStyles } from "@/components/ui/form-styles";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { ETHICS_ANSWERS, ETHICS_CONCERNS, type EthicsConcern } from "@/lib/documents/records";
import { answerEthicsConcern } from "@/lib/documents/roadmap-review";
import { useSharedText } from "@/lib/documents/use-shared-text";
import {
  ETHICS_ANSWER_LABELS,
  ETHICS_CONCERN_TEXT,
  ethicsGapText,
  ethicsReviewGaps,
} from "@/lib/method/ethics-review";
import { formatSummaryDate } from "@/lib/summary/format-date";

type Item = BoardSnapshot["roadmap"][number];

type EthicsReviewProps = {
  doc: Y.Doc;
  item: Item;
  self: { userId: string; name: string };
};

const ANSWER_MARKS = { ok: "✓", "needs-work": "!", "not-applicable": "–" } as const;

/** The item's ethics review: each concern answered under the person's name, with a note. */
export function EthicsReview({ doc, item, self }: EthicsReviewProps) {
  const id = useId();
  const gaps = ethicsReviewGaps(item.ethics);
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h5 id={`${id}-heading`} className={labelStyles}>
          Ethics review
        </h5>
        <p className="text-sm text-slate-700" aria-live="polite">
          {gaps.length === 0 ? (
            <span className="font-medium text-emerald-800">
              <span aria-hidden>✓ </span>Review complete
            </span>
          ) : (
            <span>Not complete: {ethicsGapText(gaps)}</span>
          )}
        </p>
      </div>
      <ol className="flex flex-col gap-3">
        {ETHICS_CONCERNS.map((concern) => (
          <li key={concern}>
            <ConcernAnswer doc={doc} item={item} concern={concern} self={self} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function ConcernAnswer(props: {
  doc: Y.Doc;
  item: Item;
  concern: EthicsConcern;
  self: { userId: string; name: string };
}) {
  const { doc, item, concern, self } = props;
  const id = useId();
  const text = ETHICS_CONCERN_TEXT[concern];
  const answer = item.ethics[concern];
  const note = useSharedText({
    doc,
    target: {
      kind: "record",
      collection: "roadmap",
      recordId: item.id,
      field: `ethicsNotes.${concern}`,
    },
  });
  return (
    <fieldset
      className={`flex flex-col gap-2 rounded-md border px-3 py-2 ${
        answer?.answer === "needs-work" ? "border-risk-600 bg-risk-50" : "border-slate-200"
      }`}
      aria-describedby={`${id}-question`}
    >
      <legend className="px-1 text-sm font-semibold text-slate-900">{text.label}</legend>
      <p id={`${id}-question`} className="text-sm text-slate-700">
        {text.question}
      </p>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {ETHICS_ANSWERS.map((kind) => (
          <label key={kind} className="inline-flex items-center gap-1.5 text-sm">
            <input
              type="radio"
              name={`${id}-answer`}
              value={kind}
              checked={answer?.answer === kind}
              onChange={() =>
                answerEthicsConcern(doc, {
                  itemId: item.id,
                  concern,
                  answer: kind,
                  userId: self.userId,
                  name: self.name,
                })
              }
            />
            {ETHICS_ANSWER_LABELS[kind]}
          </label>
        ))}
      </div>
      <p className="text-xs text-slate-600">
        {answer ? (
          <>
            <span aria-hidden>{ANSWER_MARKS[answer.answer]} </span>
            {ETHICS_ANSWER_LABELS[answer.answer]}, answered by {answer.name} on{" "}
            {formatSummaryDate(answer.at)}
          </>
        ) : (
          "Not answered yet"
        )}
      </p>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-note`} className="text-xs font-medium text-slate-700">
          Note on {text.label.toLowerCase()}
        </label>
        <input
          id={`${id}-note`}
          type="text"
          maxLength={2000}
          className={inputStyles}
          placeholder="What was checked, or what still needs doing"
          {...note}
        />
      </div>
    </fieldset>
  );
}
