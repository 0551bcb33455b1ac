"use client";

import { useId } from "react";
import { useParams } from "next/navigation";
import { buttonStyles } from "@/components/ui/button-styles";
import type { ExportFormat } from "@/lib/exports/render-export";
import { useExportDownload } from "./use-export-download";

export const DOWNLOADS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: "pdf", label: "PDF", hint: "print-ready document" },
  { format: "docx", label: "Word", hint: "editable .docx" },
  { format: "md", label: "Markdown", hint: "for wikis and READMEs" },
  { format: "matrix-svg", label: "Matrix SVG", hint: "picture for the Markdown" },
  { format: "timeline-svg", label: "Timeline SVG", hint: "picture for the Markdown" },
  { format: "csv-scenarios", label: "Scenarios CSV", hint: "spreadsheet" },
  { format: "csv-roadmap", label: "Roadmap CSV", hint: "spreadsheet" },
  { format: "ics", label: "Calendar invite", hint: "follow-up meeting (.ics)" },
  { format: "json", label: "Workshop JSON", hint: "full backup; import to repeat" },
];

/**
 * Step 8's downloads: each format is built on the server from the saved boards. `meetingStart`
 * (an ISO instant) makes the calendar invite a timed meeting instead of an all-day event.
 */
export function SummaryDownloads({ meetingStart = null }: { meetingStart?: string | null }) {
  const params = useParams<{ workshopId: string }>();
  const { status, download } = useExportDownload(params.workshopId);
  const id = useId();

  const busy = status.state === "busy";
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-col gap-1">
        <h3 id={`${id}-heading`} className="text-lg font-semibold">
          Download the summary
        </h3>
        <p className="text-sm text-slate-600">
          Built from what the boards hold right now. The Markdown refers to the two SVG pictures:
          save them next to it.
        </p>
      </div>
      <ul className="flex flex-wrap gap-2">
        {DOWNLOADS.map(({ format, label, hint }) => (
          <li key={format}>
            <button
              type="button"
              className={buttonStyles.secondary}
              disabled={busy}
              aria-busy={status.state === "busy" && status.format === format}
              title={hint}
              data-export={format}
              onClick={() =>
                void download(
                  format,
                  label,
                  format === "ics" && meetingStart
                    ? new URLSearchParams({ start: meetingStart })
                    : undefined,
                )
              }
            >
              {status.state === "busy" && status.format === format ? (
                <span
                  aria-hidden
                  className="border-t-brand-600 size-3.5 animate-spin rounded-full border-2 border-slate-300"
                />
              ) : null}
              {label}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-700">
        {status.state === "busy"
          ? `Preparing the ${DOWNLOADS.find((d) => d.format === status.format)?.label ?? ""} file…`
          : status.state === "done"
            ? `${status.label} downloaded.`
            : ""}
      </p>
      {status.state === "error" ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900">
          {status.message}
        </p>
      ) : null}
    </section>
  );
}
