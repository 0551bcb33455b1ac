"use client";

import { useState } from "react";
import type { ExportFormat } from "@/lib/exports/render-export";

export type ExportStatus =
  | { state: "idle" }
  | { state: "busy"; format: ExportFormat }
  | { state: "done"; label: string }
  | { state: "error"; message: string };

function filenameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "");
  return match?.[1] ?? fallback;
}

async function errorOf(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    // Our routes answer `{ error: { code, message } }` (lib/auth/with-access.ts).
    if (typeof body === "object" && body !== null && "error" in body) {
      const { error } = body;
      if (typeof error === "string") return error;
      if (typeof error === "object" && error !== null && "message" in error) {
        if (typeof error.message === "string") return error.message;
      }
    }
  } catch {
    // Not our JSON error body: fall through to the status line.
  }
  return `The server answered ${response.status}. Try again.`;
}

/**
 * Downloads one export of the workshop, built on the server from the saved boards, with a status
 * that says when it is being prepared and why it failed (never a silent empty file).
 */
export function useExportDownload(workshopId: string) {
  const [status, setStatus] = useState<ExportStatus>({ state: "idle" });

  async function download(format: ExportFormat, label: string, query?: URLSearchParams) {
    setStatus({ state: "busy", format });
    try {
      const search = query && query.size > 0 ? `?${query.toString()}` : "";
      const response = await fetch(`/api/workshops/${workshopId}/export/${format}${search}`);
      if (!response.ok) {
        setStatus({ state: "error", message: `${label}: ${await errorOf(response)}` });
        return;
      }
      const blob = await response.blob();
      if (blob.size === 0) {
        setStatus({
          state: "error",
          message: `${label}: the server sent an empty file. Try again.`,
        });
        return;
      }
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = filenameOf(response, `summary-${format}`);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus({ state: "done", label });
    } catch {
      setStatus({
        state: "error",
        message: `${label}: the download failed. Check your connection and try again.`,
      });
    }
  }

  return { status, download };
}
