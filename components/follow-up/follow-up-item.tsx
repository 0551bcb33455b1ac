"use client";

import type { BoardSnapshot } from "@/lib/documents/read-board";
import { launchProgress } from "@/lib/method/launch-checklist";
import {
  PROGRESS_STATUS_LABELS,
  type AbCounts,
  type ItemProgress,
  type ProgressLogEntry,
  type ProgressStatus,
} from "@/lib/follow-up/progress-records";
import { fromLastTimeLabel } from "@/lib/follow-up/from-last-time";
import { AbCountsForm } from "./ab-counts-form";
import { AbResultPanel } from "./ab-result-panel";
import { OwnerLinkControl } from "./owner-link-control";
import { ProgressForm, type ProgressPatch } from "./progress-form";
import { ProgressHistory } from "./progress-history";

export type FollowUpItemProps = {
  rank: number;
  item: BoardSnapshot["roadmap"][number];
  scenario: string;
  ownerName: string | null;
  progress: ItemProgress;
  history: readonly ProgressLogEntry[];
  canEdit: boolean;
  facilitating: boolean;
  workshopId: string;
  ownerLink: string | null;
  /** Carried over by "Run again", with the status it had at the previous follow-up. */
  fromLastTime: { status: ProgressStatus | undefined } | null;
  onProgress: (patch: ProgressPatch) => string | null;
  onAbResult: (counts: AbCounts) => string | null;
};

/** One roadmap item at the follow-up: status, owner's update, launch checks and test result. */
export function FollowUpItem(props: FollowUpItemProps) {
  const { item, progress } = props;
  const idPrefix = `item-${item.id}`;
  const launch = launchProgress(item.launch);
  const headingId = `${idPrefix}-heading`;
  const showAb =
    progress.ab !== null || progress.status === "testing" || progress.status === "shipped";
  return (
    <li>
      <article
        aria-labelledby={headingId}
        className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        data-testid="follow-up-item"
      >
        <header className="flex flex-wrap items-start justify-between gap-2">
          <div className="flex flex-col">
            <h2 id={headingId} className="text-lg font-semibold">
              {props.rank}. {props.scenario || "Untitled idea"}
            </h2>
            {props.fromLastTime ? (
              <p className="self-start rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
                {fromLastTimeLabel(props.fromLastTime.status)}
              </p>
            ) : null}
            <p className="text-sm text-slate-600">
              Owner: {props.ownerName ?? "nobody yet"}
              {item.metric.name ? ` · Metric: ${item.metric.name}` : ""}
            </p>
          </div>
          <p
            className="rounded-full bg-slate-100 px-2.5 py-0.5 text-sm font-medium"
            data-testid="item-status"
          >
            {progress.recorded ? PROGRESS_STATUS_LABELS[progress.status] : "No update yet"}
          </p>
        </header>
        {progress.status === "dropped" && progress.dropReason ? (
          <p className="text-sm">
            <span className="font-medium">Dropped because:</span> {progress.dropReason}
          </p>
        ) : null}
        <div className="flex flex-col gap-1 text-sm">
          <span id={`${idPrefix}-launch`}>
            Launch checklist: {launch.done} of {launch.total} checks done
          </span>
          <progress
            aria-labelledby={`${idPrefix}-launch`}
            value={launch.done}
            max={launch.total}
            className="h-2 w-full max-w-xs"
          />
        </div>
        <ProgressForm
          idPrefix={idPrefix}
          progress={progress}
          disabled={!props.canEdit}
          onSave={props.onProgress}
        />
        <section aria-label="A/B test" className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold">A/B test result</h3>
          {showAb ? (
            <>
              <AbCountsForm
                key={JSON.stringify(progress.ab)}
                idPrefix={idPrefix}
                counts={progress.ab}
                disabled={!props.canEdit}
                onSave={props.onAbResult}
              />
              {progress.ab ? (
                <AbResultPanel counts={progress.ab} measurement={item.measurement} />
              ) : null}
            </>
          ) : (
            <p className="text-sm text-slate-600">
              Set the status to Testing or Shipped to record what the test observed.
            </p>
          )}
        </section>
        {props.facilitating ? (
          <OwnerLinkControl
            workshopId={props.workshopId}
            itemId={item.id}
            idPrefix={idPrefix}
            initialLink={props.ownerLink}
          />
        ) : null}
        <ProgressHistory entries={props.history} />
      </article>
    </li>
  );
}
