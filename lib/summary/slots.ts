// Roadmap slots are quarter ("2027-Q1") or month ("2027-03") ids; see SlotSchema in lib/workshop.

const MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

export type ParsedSlot =
  | { kind: "quarter"; year: number; quarter: number }
  | { kind: "month"; year: number; month: number };

/** Reads a slot id; null for anything that is not a valid quarter or month. */
export function parseSlot(slot: string): ParsedSlot | null {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(slot);
  if (quarter) return { kind: "quarter", year: Number(quarter[1]), quarter: Number(quarter[2]) };
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(slot);
  if (month) return { kind: "month", year: Number(month[1]), month: Number(month[2]) };
  return null;
}

/** "2027-Q1" → "Q1 2027", "2027-03" → "Mar 2027"; unknown ids are returned unchanged. */
export function slotLabel(slot: string): string {
  const parsed = parseSlot(slot);
  if (!parsed) return slot;
  if (parsed.kind === "quarter") return `Q${parsed.quarter} ${parsed.year}`;
  return `${MONTHS[parsed.month - 1]} ${parsed.year}`;
}
