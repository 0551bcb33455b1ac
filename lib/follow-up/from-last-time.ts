import type * as Y from "yjs";
import * as z from "zod/mini";
import {
  PROGRESS_STATUS_LABELS,
  ProgressStatusSchema,
  type ProgressStatus,
} from "./progress-records";

// What "Run again" carried over from the previous run, in the new run's board doc (no schema
// change: an absent map means a first run):
//   getMap("fromLastTime")  "#previous" → { workshopId, title }
//                           "<collection>/<recordId>" → { status? }: the record came from last
//                           time; roadmap items keep the status they had at the follow-up

export const FROM_LAST_TIME_MAP = "fromLastTime";
const PREVIOUS_KEY = "#previous";

const PreviousRunSchema = z.object({
  workshopId: z.string().check(z.minLength(1), z.maxLength(64)),
  title: z.string().check(z.maxLength(200)),
});
export type PreviousRun = z.infer<typeof PreviousRunSchema>;

const CarriedSchema = z.object({ status: z.optional(ProgressStatusSchema) });

export type CarriedCollection =
  "segments" | "dataSources" | "techStack" | "kpis" | "scenarios" | "risks" | "roadmap";

export type FromLastTime = {
  previous: PreviousRun | null;
  /** "<collection>/<id>" of every record that came over. */
  records: ReadonlySet<string>;
  /** Roadmap item id → its status at the previous follow-up. */
  roadmapStatus: Readonly<Record<string, ProgressStatus>>;
};

function map(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(FROM_LAST_TIME_MAP);
}

/** Writes the carry-over marks (inside the new run's first transaction). */
export function markFromLastTime(
  doc: Y.Doc,
  options: {
    previous: PreviousRun;
    records: readonly { collection: CarriedCollection; id: string; status?: ProgressStatus }[];
  },
): void {
  const marks = map(doc);
  marks.set(PREVIOUS_KEY, PreviousRunSchema.parse(options.previous));
  for (const record of options.records) {
    marks.set(`${record.collection}/${record.id}`, record.status ? { status: record.status } : {});
  }
}

export function readFromLastTime(doc: Y.Doc): FromLastTime {
  const marks = map(doc);
  const previous = PreviousRunSchema.safeParse(marks.get(PREVIOUS_KEY));
  const records = new Set<string>();
  const roadmapStatus: Record<string, ProgressStatus> = {};
  for (const [key, value] of marks.entries()) {
    if (key === PREVIOUS_KEY) continue;
    const parsed = CarriedSchema.safeParse(value);
    if (!parsed.success) continue;
    records.add(key);
    if (key.startsWith("roadmap/") && parsed.data.status) {
      roadmapStatus[key.slice("roadmap/".length)] = parsed.data.status;
    }
  }
  return { previous: previous.success ? previous.data : null, records, roadmapStatus };
}

/** "From last time: In progress" for a carried roadmap item, "From last time" for the rest. */
export function fromLastTimeLabel(status: ProgressStatus | undefined): string {
  return status ? `From last time: ${PROGRESS_STATUS_LABELS[status]}` : "From last time";
}

/** Calls `listener` after any change to the carry-over marks (for useSyncExternalStore). */
export function observeFromLastTime(doc: Y.Doc, listener: () => void): () => void {
  const marks = map(doc);
  marks.observe(listener);
  return () => marks.unobserve(listener);
}
