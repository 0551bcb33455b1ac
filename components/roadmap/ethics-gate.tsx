"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useState } from "react";
import type * as Y from "yjs";
import { buttonStyles } from "@/components/ui/button-styles";
import { formatSummaryDate } from "@/lib/summary/format-date";
import type { BoardSnapshot } from "@/lib/documents/read-board";
import { acceptRisk, markRoadmapItemReady, withdrawRiskAcceptance } from "@/lib/documents/roadmap";
import { ethicsGapText, ethicsReviewGaps } from "@/lib/method/ethics-review";

type Item = BoardSnapshot["roadmap"][number];
type Risk = BoardSnapshot["risks"][number];

type EthicsGateProps = {
  doc: Y.Doc;
  item: Item;
  title: string;
  /** Unmitigated high-severity risks nobody has accepted. */
  blocking: readonly Risk[];
  self: { userId: string; name: string };
};

/**
 * Readiness with the ethics gate: marking ready is refused while an unmitigated high-severity
 * risk has no named acceptance or the ethics review is incomplete, and the refusal says why and
 * what would clear it.
 */
export function EthicsGate({ doc, item, title, blocking, self }: EthicsGateProps) {
  const [refused, setRefused] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const gaps = ethicsReviewGaps(item.ethics);
  const showRefusal = refused && (blocking.length > 0 || gaps.length > 0) && !item.ready;

  const markReady = (ready: boolean) => {
    setError(null);
    const result = markRoadmapItemReady(doc, { itemId: item.id, ready });
    if (result.ok) {
      setRefused(false);
    } else if (result.error.code === "ethics-gate") {
      setRefused(true);
    } else {
      setError(result.error.message);
    }
  };

  const accept = () => {
    setError(null);
    const result = acceptRisk(doc, { itemId: item.id, userId: self.userId, name: self.name });
    setConfirming(false);
    if (!result.ok) setError(result.error.message);
  };

  return (
    <section aria-label={`Readiness of “${title}”`} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        {item.ready ? (
          <>
            <span className="inline-flex items-center gap-1.5 rounded-full bg-emerald-100 px-2.5 py-0.5 text-sm font-medium text-emerald-900">
              <span aria-hidden>✓</span> Ready
            </span>
            <button type="button" className={buttonStyles.quiet} onClick={() => markReady(false)}>
              Mark not ready
            </button>
          </>
        ) : (
          <>
            <span className="inline-flex items-center gap-1.5 rounded-full bg-slate-200 px-2.5 py-0.5 text-sm font-medium text-slate-800">
              <span aria-hidden>○</span> Not ready
            </span>
            <button
              type="button"
              className={buttonStyles.secondary}
              onClick={() => markReady(true)}
            >
              Mark ready
            </button>
          </>
        )}
        {blocking.length > 0 && !showRefusal ? (
          <span className="text-risk-600 text-sm font-medium">
            <span aria-hidden>⚠ </span>
            Ethics gate: {blocking.length} high-severity{" "}
            {blocking.length === 1 ? "risk has" : "risks have"} no mitigation
          </span>
        ) : null}
        {gaps.length > 0 && !showRefusal && !item.ready ? (
          <span className="text-sm text-slate-700">
            Ethics review not complete: {ethicsGapText(gaps)}
          </span>
        ) : null}
      </div>

      {showRefusal ? (
        <div
          role="alert"
          className="border-risk-600 bg-risk-50 flex flex-col gap-2 rounded-md border-l-4 px-4 py-3 text-sm"
        >
          <p className="font-semibold text-red-900">
            <span aria-hidden>⛔ </span>Not marked ready: the ethics gate holds this item.
          </p>
          {blocking.length > 0 ? (
            <>
              <p className="text-red-900">
                It has a high-severity risk with no mitigation. Write a mitigation below, or have
                someone accept the risk by name before the item goes ahead.
              </p>
              <ul className="list-disc pl-5 text-red-900">
                {blocking.map((risk) => (
                  <li key={risk.id}>{risk.description.trim() || "Untitled risk"}</li>
                ))}
              </ul>
            </>
          ) : null}
          {gaps.length > 0 ? (
            <>
              <p className="text-red-900">
                Its ethics review is not complete ({ethicsGapText(gaps)}). Answer every concern in
                the review above, with none left at “Needs work”.
              </p>
              <ul className="list-disc pl-5 text-red-900">
                {gaps.map((gap) => (
                  <li key={gap.concern}>
                    {gap.label}: {gap.problem === "unanswered" ? "not answered" : "needs work"}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}

      {blocking.length > 0 ? (
        <Dialog.Root open={confirming} onOpenChange={setConfirming}>
          <Dialog.Trigger asChild>
            <button type="button" className={`${buttonStyles.danger} w-fit`}>
              Accept the risk…
            </button>
          </Dialog.Trigger>
          <Dialog.Portal>
            <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
            <Dialog.Content className="fixed top-1/2 left-1/2 z-50 flex w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 flex-col gap-4 rounded-lg bg-white p-6 shadow-xl">
              <Dialog.Title className="text-lg font-semibold">Accept this risk?</Dialog.Title>
              <Dialog.Description className="text-sm text-slate-700">
                “{title}” goes ahead without a mitigation for the risks below. The summary will say
                that you, {self.name}, accepted them. Risks raised later are not covered.
              </Dialog.Description>
              <ul className="list-disc pl-5 text-sm text-red-900">
                {blocking.map((risk) => (
                  <li key={risk.id}>{risk.description.trim() || "Untitled risk"}</li>
                ))}
              </ul>
              <div className="flex justify-end gap-2">
                <Dialog.Close asChild>
                  <button type="button" className={buttonStyles.secondary}>
                    Cancel
                  </button>
                </Dialog.Close>
                <button type="button" className={buttonStyles.danger} onClick={accept}>
                  Accept the risk as {self.name}
                </button>
              </div>
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      ) : null}

      {item.riskAcceptedBy ? (
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
          <span>
            <span aria-hidden>✍ </span>
            Risk accepted by <strong>{item.riskAcceptedBy.name}</strong> on{" "}
            {formatSummaryDate(item.riskAcceptedBy.at)}
          </span>
          <button
            type="button"
            className={buttonStyles.quiet}
            onClick={() => withdrawRiskAcceptance(doc, { itemId: item.id })}
          >
            Withdraw acceptance
          </button>
        </p>
      ) : null}

      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </section>
  );
}
