import { z } from "zod";
import { roadmapToCsv, scenariosToCsv } from "./csv";
import { summaryToDocx } from "./docx";
import { loadExportFonts } from "./fonts";
import { summaryToIcs, type IcsOptions } from "./ics";
import { workshopToJson } from "./json";
import type { WorkshopExportData } from "./load-workshop-export";
import { summaryToMarkdown } from "./markdown";
import { summaryToPdf } from "./pdf";
import { matrixPicture } from "./pictures/matrix-picture";
import { pictureToSvg } from "./pictures/svg";
import { timelinePicture } from "./pictures/timeline-picture";

export const EXPORT_FORMATS = [
  "pdf",
  "docx",
  "md",
  "json",
  "csv-scenarios",
  "csv-roadmap",
  "ics",
  "matrix-svg",
  "timeline-svg",
] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export type RenderedExport = { body: Uint8Array; contentType: string; filename: string };

/** "Spring relaunch — Café" → "spring-relaunch-cafe": ASCII file names every OS accepts. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "workshop";
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The invite's meeting details: start, attendees and the link every attendee can open. */
export type InviteDetails = Pick<IcsOptions, "start" | "attendees" | "organizer"> & {
  /** The stakeholder page; without one the invite links the workshop (members only). */
  stakeholderUrl?: string | null;
};

/** Renders one export format of a loaded workshop. `origin` makes links in ICS absolute. */
export async function renderExport(options: {
  format: ExportFormat;
  data: WorkshopExportData;
  origin: string;
  now?: Date;
  invite?: InviteDetails;
}): Promise<RenderedExport> {
  const { data, format } = options;
  const { summary } = data;
  const slug = `${fileSlug(summary.title)}-summary`;
  const now = options.now ?? new Date();
  switch (format) {
    case "pdf":
      return {
        body: await summaryToPdf(summary, { fonts: loadExportFonts() }),
        contentType: "application/pdf",
        filename: `${slug}.pdf`,
      };
    case "docx":
      return {
        body: await summaryToDocx(summary),
        contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename: `${slug}.docx`,
      };
    case "md":
      return {
        body: utf8(
          summaryToMarkdown(summary, {
            matrixSvg: `${slug}-matrix.svg`,
            timelineSvg: `${slug}-timeline.svg`,
          }),
        ),
        contentType: "text/markdown; charset=utf-8",
        filename: `${slug}.md`,
      };
    case "json":
      return {
        body: utf8(
          workshopToJson({
            workshop: {
              id: data.workshop.id,
              title: data.workshop.title,
              date: data.date,
              objectiveDraft: data.workshop.objectiveDraft,
            },
            roster: data.workshop.roster.map((member) => ({
              ...member,
              email: data.emails?.[member.userId] ?? null,
            })),
            board: data.board,
            exampleMarks: data.exampleMarks,
            fromLastTime: data.fromLastTime,
            followUp: data.followUp,
            reactions: data.reactions,
            anonymous: data.anonymous,
            exportedAt: now,
          }),
        ),
        contentType: "application/json; charset=utf-8",
        filename: `${fileSlug(summary.title)}-workshop.json`,
      };
    case "csv-scenarios":
      return {
        body: utf8(scenariosToCsv(summary)),
        contentType: "text/csv; charset=utf-8",
        filename: `${slug}-scenarios.csv`,
      };
    case "csv-roadmap":
      return {
        body: utf8(roadmapToCsv(summary)),
        contentType: "text/csv; charset=utf-8",
        filename: `${slug}-roadmap.csv`,
      };
    case "ics":
      return {
        body: utf8(
          summaryToIcs(summary, {
            uid: `${data.workshop.id}-follow-up@prepersonalize`,
            stamp: now,
            url:
              options.invite?.stakeholderUrl ?? `${options.origin}/workshops/${data.workshop.id}`,
            start: options.invite?.start,
            attendees: options.invite?.attendees,
            organizer: options.invite?.organizer,
          }),
        ),
        contentType: "text/calendar; charset=utf-8",
        filename: `${slug}-follow-up.ics`,
      };
    case "matrix-svg":
      return {
        body: utf8(pictureToSvg(matrixPicture(summary))),
        contentType: "image/svg+xml; charset=utf-8",
        filename: `${slug}-matrix.svg`,
      };
    case "timeline-svg":
      return {
        body: utf8(pictureToSvg(timelinePicture(summary))),
        contentType: "image/svg+xml; charset=utf-8",
        filename: `${slug}-timeline.svg`,
      };
  }
}
