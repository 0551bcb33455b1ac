// One formatter for the process: building it costs more than formatting, and a summary formats
// a date for every accepted risk.
const FORMAT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "2027-03-14" or an ISO timestamp → "14 March 2027" (calendar days are UTC). */
export function formatSummaryDate(date: string): string {
  const parsed = new Date(date.length === 10 ? `${date}T00:00:00Z` : date);
  if (Number.isNaN(parsed.getTime())) return date;
  return FORMAT.format(parsed);
}
