import { memberEmails } from "@/lib/sharing/member-emails";
import { getStakeholderLink } from "@/lib/sharing/stakeholder-shares";
import type { InviteDetails } from "./render-export";

/**
 * What the calendar invite needs beyond the summary: the members with an email as attendees, the
 * first facilitator with one as organizer, and the stakeholder page (which every attendee can
 * open, unlike the members-only workshop) at the public origin.
 */
export async function loadInviteDetails(options: {
  workshopId: string;
  origin: string;
  start?: Date;
}): Promise<InviteDetails> {
  const [people, link] = await Promise.all([
    memberEmails({ workshopId: options.workshopId }),
    getStakeholderLink({ workshopId: options.workshopId }),
  ]);
  const organizer = people.find((person) => person.role === "facilitator") ?? null;
  return {
    start: options.start,
    attendees: people.map(({ name, email }) => ({ name, email })),
    organizer: organizer ? { name: organizer.name, email: organizer.email } : null,
    stakeholderUrl: link ? `${options.origin}/s/${link.token}` : null,
  };
}
