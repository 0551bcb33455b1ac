import { noteLabel } from "@/lib/documents/note-label";

/** Short label for a note in controls' accessible names ("Delete scenario “Suggest…”"). */
export function shortText(text: string, fallback: string): string {
  return noteLabel(text, { fallback, length: "short" });
}
