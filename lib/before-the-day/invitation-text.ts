import { formatDuration } from "./run-of-show";

export type InvitationOptions = {
  title: string;
  /** Calendar date "2027-03-14", or null when none is set yet. */
  date: string | null;
  start: string;
  totalMinutes: number;
  objective: string | null;
  facilitatorName: string;
};

function formatDay(date: string): string {
  return new Intl.DateTimeFormat("en", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00.000Z`));
}

/**
 * The invitation a facilitator sends before the day: purpose, when, how the day runs and what to
 * bring (data inventory, analytics access, consent and legal constraints), as plain text to paste
 * into any mail or chat.
 */
export function invitationText(options: InvitationOptions): { subject: string; body: string } {
  const { title, date, start, totalMinutes, facilitatorName } = options;
  const when = date
    ? `on ${formatDay(date)}, starting at ${start} (about ${formatDuration(totalMinutes)} of working time, plus breaks)`
    : `on a date I will confirm shortly (about ${formatDuration(totalMinutes)})`;
  const objective = options.objective?.trim();
  const body = [
    "Hello,",
    "",
    `I would like you to join "${title}", a prepersonalization workshop ${when}.`,
    "",
    objective
      ? `What we want to leave with: ${objective}`
      : "What we want to leave with: a short list of personalization ideas worth building, ranked by business value and feasibility, with owners.",
    "",
    "How the day runs: we agree on one objective, go through the data and tools we have, write ideas for a few customer segments, look hard at what could go wrong for customers, rank the ideas, and finish with a roadmap that has owners and success measures.",
    "",
    "Please bring, or send me beforehand:",
    "- A data inventory for your area: which customer data exists, where it lives and how reliable it is.",
    "- Access to your analytics, or recent figures for the numbers your team is measured on.",
    "- Consent, privacy and legal constraints you know of (what customers agreed to, what must not be used).",
    "- Anything that shows real customers: personas, journey maps, common complaints.",
    "",
    "Every function sees something the others miss, so your view of limits and risks matters as much as your ideas.",
    "",
    "Thank you,",
    facilitatorName,
  ].join("\n");
  return { subject: `Invitation: ${title}${date ? ` (${formatDay(date)})` : ""}`, body };
}
