import { defaultFollowUpDate } from "@/lib/documents/objective";

/**
 * The follow-up meeting's date: the one the team set, or two weeks after the workshop (or after
 * `today` when the workshop has no date). Null only when neither date is known.
 */
export function followUpDateOf(options: {
  stored: string | null;
  workshopDate: string | null;
  today: string | null;
}): { date: string | null; isDefault: boolean } {
  if (options.stored) return { date: options.stored, isDefault: false };
  const from = options.workshopDate ?? options.today;
  if (!from) return { date: null, isDefault: true };
  const parsed = new Date(`${from}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return { date: null, isDefault: true };
  return { date: defaultFollowUpDate(parsed), isDefault: true };
}
