"use client";

import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { buttonStyles } from "@/components/ui/button-styles";
import { useBoard } from "@/lib/documents/use-board";
import { hasProgress, markFollowUpHeld, recordProgress } from "@/lib/follow-up/progress";
import { useFollowUpProgress, useFromLastTime } from "@/lib/follow-up/use-follow-up-progress";
import { EMPTY_PROGRESS } from "@/lib/follow-up/progress-records";
import { followUpDateOf } from "@/lib/summary/follow-up";
import { formatSummaryDate } from "@/lib/summary/format-date";
import { FollowUpItem } from "./follow-up-item";
import { FromLastTimeNote } from "./from-last-time-note";
import { RunAgainButton } from "./run-again-button";

type Props = {
  userName: string;
  roster: readonly { userId: string; name: string }[];
  facilitating: boolean;
  ownerLinks: Readonly<Record<string, string>>;
  /** The workshop's date ("2027-03-01"), for the default follow-up two weeks later. */
  workshopDate: string | null;
};

/** Every roadmap item's progress, live for everyone in the follow-up meeting. */
export function FollowUpView({ userName, roster, facilitating, ownerLinks, workshopDate }: Props) {
  const { docs, canEdit, role, status, workshopId } = useWorkshopRoom();
  const board = useBoard(docs.board);
  const progress = useFollowUpProgress(docs.board);
  const carried = useFromLastTime(docs.board);
  const followUp = followUpDateOf({ stored: board.followUpDate, workshopDate, today: null });
  const names = new Map(roster.map((member) => [member.userId, member.name]));
  const scenarios = new Map(board.scenarios.map((scenario) => [scenario.id, scenario.text]));

  const write = (result: { ok: true } | { ok: false; error: { message: string } }) =>
    result.ok ? null : result.error.message;

  if (status === "connecting" && board.roadmap.length === 0) {
    return <p role="status">Loading the roadmap…</p>;
  }
  return (
    <div className="flex flex-col gap-4">
      <FromLastTimeNote />
      <section aria-label="Meeting" className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700">
          {followUp.date
            ? `Follow-up meeting: ${formatSummaryDate(followUp.date)}${followUp.isDefault ? " (two weeks after the workshop; set the date in step 8)" : ""}.`
            : "No follow-up date yet: set one in step 8."}{" "}
          {progress.heldAt
            ? `Closed on ${formatSummaryDate(progress.heldAt)}.`
            : hasProgress(progress)
              ? "Progress is being recorded."
              : "Nothing recorded yet."}
        </p>
        {facilitating ? (
          <button
            type="button"
            className={buttonStyles.secondary}
            disabled={!canEdit}
            onClick={() => markFollowUpHeld(docs.board, { held: progress.heldAt === null })}
          >
            {progress.heldAt ? "Reopen the follow-up" : "Close the follow-up"}
          </button>
        ) : null}
      </section>
      {!canEdit ? (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {role === "observer"
            ? "Observers can follow the progress but not change it."
            : "The board is locked: unlock it in the workshop to record progress."}
        </p>
      ) : null}
      {board.roadmap.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          Nothing is on the roadmap: the follow-up tracks roadmap items.
        </p>
      ) : (
        <ol className="flex flex-col gap-4">
          {board.roadmap.map((item, index) => (
            <FollowUpItem
              key={item.id}
              rank={index + 1}
              item={item}
              scenario={scenarios.get(item.scenarioId) ?? ""}
              ownerName={item.ownerUserId ? (names.get(item.ownerUserId) ?? null) : null}
              progress={progress.items[item.id] ?? EMPTY_PROGRESS}
              history={progress.log.filter((entry) => entry.itemId === item.id)}
              canEdit={canEdit}
              facilitating={facilitating}
              workshopId={workshopId}
              ownerLink={ownerLinks[item.id] ?? null}
              fromLastTime={
                carried.records.has(`roadmap/${item.id}`)
                  ? { status: carried.roadmapStatus[item.id] }
                  : null
              }
              onProgress={(patch) =>
                write(recordProgress(docs.board, { itemId: item.id, ...patch, by: userName }))
              }
              onAbResult={(ab) =>
                write(recordProgress(docs.board, { itemId: item.id, ab, by: userName }))
              }
            />
          ))}
        </ol>
      )}
      {facilitating ? <RunAgainButton workshopId={workshopId} /> : null}
    </div>
  );
}
