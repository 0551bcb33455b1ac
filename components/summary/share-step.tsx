"use client";

import { useId, useMemo, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { useWorkshopMembers } from "@/components/workshop/use-workshop-members";
import { useWorkshopDetails } from "@/components/workshop/workshop-details";
import { useWorkshopRoom } from "@/components/workshop/workshop-room";
import { buildSummary } from "@/lib/summary/build-summary";
import { formatSummaryDate } from "@/lib/summary/format-date";
import { setFollowUpDate, setFollowUpStart } from "@/lib/documents/objective";
import { useBoard } from "@/lib/documents/use-board";
import { useControl } from "@/lib/documents/use-control";
import { StakeholderLinkCard } from "./stakeholder-link-card";
import { SummaryDocument } from "./summary-document";
import { SummaryDownloads } from "./summary-downloads";

const DEFAULT_MEETING_TIME = "10:00";

/** The instant of `time` (HH:MM, this device's time zone) on `date`; null when either is missing. */
function startAt(date: string | null, time: string): string | null {
  if (!date || !/^\d{2}:\d{2}$/.test(time)) return null;
  const start = new Date(`${date}T${time}:00`);
  return Number.isNaN(start.getTime()) ? null : start.toISOString();
}

/** HH:MM of an instant on this device's clock. */
function localTime(instant: string): string {
  const at = new Date(instant);
  return `${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
}

/** Step 8: the live summary everyone will receive, and the date of the follow-up meeting. */
export function ShareStep() {
  const { docs, role } = useWorkshopRoom();
  const { anonymous, locked } = useControl(docs.control);
  const canEdit = role !== "observer" && !locked;
  const board = useBoard(docs.board);
  const details = useWorkshopDetails();
  const members = useWorkshopMembers();
  const [today] = useState(() => new Date().toISOString().slice(0, 10));
  const id = useId();

  const summary = useMemo(
    () =>
      buildSummary({
        workshop: {
          title: details.title,
          date: details.date,
          facilitator: members.find((m) => m.role === "facilitator")?.name ?? null,
        },
        roster: members,
        board,
        anonymous,
        today,
      }),
    [board, details, members, anonymous, today],
  );
  const followUp = summary.followUp;
  // The meeting is stored as an instant, set in the time zone of whoever picked the time; each
  // person reads it in their own. Until someone picks one, the invite suggests 10:00 local.
  const time = board.followUpStart ? localTime(board.followUpStart) : DEFAULT_MEETING_TIME;
  const meetingStart = board.followUpStart ?? startAt(followUp.date, time);
  const setMeeting = (date: string | null, at: string) => {
    setFollowUpDate(docs.board, { date });
    setFollowUpStart(docs.board, { start: board.followUpStart ? startAt(date, at) : null });
  };

  return (
    <div className="flex flex-col gap-6">
      <section
        aria-labelledby={`${id}-follow-up`}
        className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h3 id={`${id}-follow-up`} className="text-lg font-semibold">
          Follow-up meeting
        </h3>
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-date`} className="text-sm font-medium text-slate-800">
              Follow-up date
            </label>
            <input
              id={`${id}-date`}
              type="date"
              disabled={!canEdit}
              aria-describedby={`${id}-hint`}
              className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm disabled:cursor-not-allowed disabled:bg-slate-50"
              value={followUp.date ?? ""}
              onChange={(event) => setMeeting(event.target.value || null, time)}
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-time`} className="text-sm font-medium text-slate-800">
              Time (45 minutes)
            </label>
            <input
              id={`${id}-time`}
              type="time"
              step={900}
              disabled={!canEdit}
              className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm disabled:cursor-not-allowed disabled:bg-slate-50"
              value={time}
              onChange={(event) =>
                setFollowUpStart(docs.board, { start: startAt(followUp.date, event.target.value) })
              }
            />
          </div>
          {!followUp.isDefault && canEdit ? (
            <button
              type="button"
              className={buttonStyles.quiet}
              onClick={() => setMeeting(null, time)}
            >
              Back to two weeks after the workshop
            </button>
          ) : null}
        </div>
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {followUp.isDefault
            ? "Suggested: two weeks after the workshop, to review progress on the roadmap."
            : followUp.date
              ? `Set by the team for ${formatSummaryDate(followUp.date)}.`
              : "No date set."}
        </p>
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <SummaryDownloads meetingStart={meetingStart} />
        {role === "facilitator" ? <StakeholderLinkCard /> : null}
      </div>

      {/* On a phone, table cells wrap instead of making the table a sideways-scrolling region. */}
      <section
        aria-labelledby={`${id}-preview`}
        className="flex min-w-0 flex-col gap-3 max-sm:[&_table]:table-fixed max-sm:[&_td]:break-words max-sm:[&_th]:break-words"
      >
        <div className="flex flex-col gap-1">
          <h3 id={`${id}-preview`} className="text-lg font-semibold">
            Summary preview
          </h3>
          <p className="text-sm text-slate-600">
            This is what stakeholders will read. It updates as the boards change
            {anonymous ? "; the workshop is anonymous, so no note authors are named" : ""}.
          </p>
        </div>
        <SummaryDocument summary={summary} pictures />
      </section>
    </div>
  );
}
