// Six tones far enough apart to tell columns apart at a glance; never the only signal (each
// column is named, and each note sits under its column's name).
const TONES = ["#2563eb", "#059669", "#d97706", "#7c3aed", "#db2777", "#0891b2"] as const;

/** The colour of a segment's column and notes, the same on every screen. */
export function segmentColour(segmentId: string | null): string {
  if (segmentId === null) return "#94a3b8";
  let hash = 0;
  for (const char of segmentId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return TONES[hash % TONES.length] ?? TONES[0];
}
