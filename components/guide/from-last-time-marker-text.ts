import {
  fromLastTimeLabel,
  type CarriedCollection,
  type FromLastTime,
} from "@/lib/follow-up/from-last-time";

export type FromLastTimeMarkerText = {
  /** The visible words beside the icon. */
  text: string;
  /** The accessible name: the visible words first, then where the record came from. */
  label: string;
};

/**
 * What the "from last time" marker says on a record "Run again" carried over, or null for a
 * record this run added. Roadmap items also say the status they had at the follow-up.
 */
export function fromLastTimeMarkerText(
  carried: FromLastTime,
  collection: CarriedCollection,
  recordId: string,
): FromLastTimeMarkerText | null {
  if (!carried.records.has(`${collection}/${recordId}`)) return null;
  const status = collection === "roadmap" ? carried.roadmapStatus[recordId] : undefined;
  const text = fromLastTimeLabel(status);
  const source = carried.previous
    ? `carried over from “${carried.previous.title}”`
    : "carried over from the previous run";
  return { text, label: `${text}, ${source}` };
}
