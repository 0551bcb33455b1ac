import type { WorkshopSummary } from "@/lib/summary/build-summary";

export type IcsOptions = {
  /** Stable per workshop, so importing again updates the event instead of adding a second. */
  uid: string;
  /** DTSTAMP: when the file was made. */
  stamp: Date;
  /** The stakeholder page (readable by every attendee), added to the description and URL. */
  url?: string;
  /** When the meeting starts; without it the event takes the whole follow-up day. */
  start?: Date;
  /** Minutes; 45 unless given. */
  durationMinutes?: number;
  /** Members with an email address; the facilitator organizes. */
  attendees?: readonly { name: string; email: string }[];
  organizer?: { name: string; email: string } | null;
};

export const DEFAULT_MEETING_MINUTES = 45;

export class NoFollowUpDateError extends Error {
  constructor() {
    super("The follow-up meeting has no date yet. Set one in step 8 first.");
    this.name = "NoFollowUpDateError";
  }
}

/** RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n?|\n/g, "\\n");
}

/** Folds a content line at 75 octets (RFC 5545 §3.1) without splitting a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function dateValue(date: string): string {
  return date.replace(/-/g, "");
}

function nextDay(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  parsed.setUTCDate(parsed.getUTCDate() + 1);
  return parsed.toISOString().slice(0, 10);
}

function stampValue(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** A parameter value (CN) quoted per RFC 5545 §3.2; quotes cannot be escaped, so they go. */
function quoteParam(value: string): string {
  return `"${value.replace(/["\r\n]/g, "")}"`;
}

function person(property: "ATTENDEE" | "ORGANIZER", who: { name: string; email: string }): string {
  const extra =
    property === "ATTENDEE" ? ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE" : "";
  return `${property};CN=${quoteParam(who.name)}${extra}:mailto:${who.email}`;
}

/**
 * An iCalendar file with one event: the follow-up meeting (timed when `start` is given, else all
 * day), with the members as attendees, described with the objective
 * and the roadmap. Throws NoFollowUpDateError when the summary has no follow-up date.
 */
export function summaryToIcs(summary: WorkshopSummary, options: IcsOptions): string {
  const date = summary.followUp.date;
  if (!date) throw new NoFollowUpDateError();
  const description = [
    `Follow-up of the prepersonalization workshop “${summary.title}”: review progress on the roadmap.`,
    summary.objective.text ? `Objective: ${summary.objective.text}` : "",
    summary.roadmap.length > 0
      ? `Roadmap:\n${summary.roadmap.map((item) => `${item.rank}. ${item.scenario}${item.owner ? ` (${item.owner}` : ""}${item.owner && item.slotLabel ? `, ${item.slotLabel})` : item.owner ? ")" : item.slotLabel ? ` (${item.slotLabel})` : ""}`).join("\n")}`
      : "",
    options.url ? `Workshop summary: ${options.url}` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Prepersonalize//Workshop follow-up//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${options.uid}`,
    `DTSTAMP:${stampValue(options.stamp)}`,
    ...(options.start
      ? [
          `DTSTART:${stampValue(options.start)}`,
          `DTEND:${stampValue(new Date(options.start.getTime() + (options.durationMinutes ?? DEFAULT_MEETING_MINUTES) * 60_000))}`,
        ]
      : [`DTSTART;VALUE=DATE:${dateValue(date)}`, `DTEND;VALUE=DATE:${dateValue(nextDay(date))}`]),
    `SUMMARY:${escapeIcsText(`Follow-up: ${summary.title}`)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    ...(options.url ? [`URL:${options.url}`] : []),
    ...(options.organizer ? [person("ORGANIZER", options.organizer)] : []),
    ...(options.attendees ?? []).map((attendee) => person("ATTENDEE", attendee)),
    // A timed meeting blocks the calendar; an all-day reminder does not.
    options.start ? "TRANSP:OPAQUE" : "TRANSP:TRANSPARENT",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(foldIcsLine).join("\r\n")}\r\n`;
}
