// A note's text cut short enough to quote in a control's accessible name or an announcement.
// Two lengths, as the UI has always used them: "short" (controls on a note: 40 characters and an
// ellipsis) and "long" (announcements and lists: 57 characters and an ellipsis once past 60).
const CUTS = {
  short: { over: 40, keep: 40 },
  long: { over: 60, keep: 57 },
} as const;

export type NoteLabelOptions = {
  /** What to say for an empty (or whitespace-only) text, e.g. "empty scenario". */
  fallback: string;
  length: keyof typeof CUTS;
};

/** The text trimmed and cut (see CUTS), or the fallback when there is no text. */
export function noteLabel(text: string, options: NoteLabelOptions): string {
  const trimmed = text.trim();
  if (!trimmed) return options.fallback;
  const cut = CUTS[options.length];
  return trimmed.length > cut.over ? `${trimmed.slice(0, cut.keep)}…` : trimmed;
}
