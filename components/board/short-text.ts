/** Short label for a note in controls' accessible names ("Delete scenario “Suggest…”"). */
export function shortText(text: string, fallback: string): string {
  const trimmed = text.trim();
  if (!trimmed) return fallback;
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
}
