import { z } from "zod";
import { WORKSHOP_STEPS, type StepId } from "@/lib/documents/steps";

export const StartTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Use a time like 09:30." });

export type RunOfShowRow = {
  step: StepId;
  number: number;
  title: string;
  prompt: string;
  /** Clock times, "HH:MM" on a 24-hour clock. */
  startsAt: string;
  endsAt: string;
  minutes: number;
  /** Minutes the group actually spent, once the agenda clock has run; null before. */
  spentMinutes: number | null;
};

export type RunOfShow = { rows: RunOfShowRow[]; totalMinutes: number; endsAt: string };

function clock(minutesSinceMidnight: number): string {
  const wrapped = ((minutesSinceMidnight % 1440) + 1440) % 1440;
  const hours = Math.floor(wrapped / 60);
  return `${String(hours).padStart(2, "0")}:${String(wrapped % 60).padStart(2, "0")}`;
}

/**
 * The day's agenda from the workshop's plan: each step's time box laid end to end from `start`,
 * with the time the group really spent beside it when the agenda clock recorded any.
 */
export function buildRunOfShow(options: {
  start: string;
  spentMs?: Partial<Record<StepId, number>>;
}): RunOfShow {
  const [hours = 9, minutes = 0] = StartTimeSchema.parse(options.start).split(":").map(Number);
  let at = hours * 60 + minutes;
  const rows = WORKSHOP_STEPS.map((step) => {
    const spent = options.spentMs?.[step.id];
    const row: RunOfShowRow = {
      step: step.id,
      number: step.number,
      title: step.title,
      prompt: step.prompt,
      startsAt: clock(at),
      endsAt: clock(at + step.minutes),
      minutes: step.minutes,
      spentMinutes: spent === undefined ? null : Math.round(spent / 60_000),
    };
    at += step.minutes;
    return row;
  });
  const totalMinutes = rows.reduce((sum, row) => sum + row.minutes, 0);
  return { rows, totalMinutes, endsAt: clock(at) };
}

/** "3 h 25 min", "45 min". */
export function formatDuration(totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}
