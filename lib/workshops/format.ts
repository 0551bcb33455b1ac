/** Workshop dates are calendar days, stored at UTC midnight: format them in UTC. */
export function formatWorkshopDate(date: Date | null): string {
  if (!date) return "No date set";
  return new Intl.DateTimeFormat("en", {
    weekday: "short",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}
