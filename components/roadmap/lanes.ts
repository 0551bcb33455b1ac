import { parseSlot, slotLabel } from "@/lib/summary/slots";

// Timeline lanes for the roadmap step: quarters or months, starting at the workshop, extended
// so that every slot already in use has a lane. Slot ids are those of lib/documents's SlotSchema.

export type Granularity = "quarter" | "month";
export type Lane = { id: string; label: string };

const LANE_COUNT: Record<Granularity, number> = { quarter: 4, month: 6 };

function pad(month: number): string {
  return String(month).padStart(2, "0");
}

function quarterId(year: number, quarter: number): string {
  return `${year}-Q${quarter}`;
}

function monthId(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}

/** The lane of `granularity` that holds `slot`: a month shows in its quarter, a quarter in its first month. */
export function laneOf(slot: string, granularity: Granularity): string | null {
  const parsed = parseSlot(slot);
  if (!parsed) return null;
  if (granularity === "quarter") {
    return parsed.kind === "quarter" ? slot : quarterId(parsed.year, Math.ceil(parsed.month / 3));
  }
  return parsed.kind === "month" ? slot : monthId(parsed.year, (parsed.quarter - 1) * 3 + 1);
}

/** The lane after `id`, of the same granularity. */
function nextLane(id: string): string {
  const parsed = parseSlot(id);
  if (!parsed) return id;
  if (parsed.kind === "quarter") {
    return parsed.quarter === 4
      ? quarterId(parsed.year + 1, 1)
      : quarterId(parsed.year, parsed.quarter + 1);
  }
  return parsed.month === 12 ? monthId(parsed.year + 1, 1) : monthId(parsed.year, parsed.month + 1);
}

/**
 * Lanes from the quarter (or month) of `from` ("2027-03-14"): four quarters or six months, plus
 * any lane an item in `used` needs, in time order with no gaps.
 */
export function timelineLanes(options: {
  granularity: Granularity;
  from: string;
  used: readonly (string | null)[];
}): Lane[] {
  const { granularity } = options;
  const [yearText, monthText] = options.from.split("-");
  const year = Number(yearText);
  const month = Number(monthText);
  const first =
    granularity === "quarter" ? quarterId(year, Math.ceil(month / 3)) : monthId(year, month);
  const wanted = options.used
    .map((slot) => (slot ? laneOf(slot, granularity) : null))
    .filter((lane): lane is string => lane !== null);
  // Lane ids of one granularity sort correctly as plain strings ("2027-Q1" < "2027-Q2").
  const start = [first, ...wanted].sort()[0] ?? first;
  let end = first;
  for (let i = 1; i < LANE_COUNT[granularity]; i++) end = nextLane(end);
  for (const lane of wanted) if (lane > end) end = lane;
  const lanes: Lane[] = [];
  for (let id = start; lanes.length < 60; id = nextLane(id)) {
    lanes.push({ id, label: slotLabel(id) });
    if (id === end) break;
  }
  return lanes;
}
