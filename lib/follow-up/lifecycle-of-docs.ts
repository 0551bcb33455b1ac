import type * as Y from "yjs";
import { readControlValue } from "@/lib/documents/control-layout";
import { readBoard } from "@/lib/documents/read-board";
import { followUpDateOf } from "@/lib/summary/follow-up";
import { readFromLastTime } from "./from-last-time";
import { deriveLifecycle, type LifecycleState } from "./lifecycle";
import { readFollowUpProgress } from "./progress";

/** The lifecycle of a workshop from its board and control docs (see deriveLifecycle). */
export function lifecycleOfDocs(options: {
  board: Y.Doc;
  control: Y.Doc;
  /** The workshop's date, "2027-03-01", or null. */
  workshopDate: string | null;
  today: string;
}): LifecycleState {
  const { board: doc, control, workshopDate, today } = options;
  const board = readBoard(doc);
  const progress = readFollowUpProgress(doc);
  const roadmapItemIds = board.roadmap.map((item) => item.id);
  // What "Run again" carried over does not make the next run live: the group has not met yet.
  const carried = readFromLastTime(doc).records;
  const fresh = (collection: string, records: readonly { id: string }[]) =>
    records.some((record) => !carried.has(`${collection}/${record.id}`));
  const hasContent =
    board.objective.trim() !== "" ||
    fresh("segments", board.segments) ||
    fresh("scenarios", board.scenarios) ||
    fresh("dataSources", board.dataSources) ||
    fresh("kpis", board.kpis);
  return deriveLifecycle({
    currentStep: readControlValue(control, "currentStep"),
    hasContent,
    roadmapItemIds,
    followUpDate: followUpDateOf({ stored: board.followUpDate, workshopDate, today }).date,
    recordedItemIds: roadmapItemIds.filter((id) => progress.items[id]?.recorded),
    heldAt: progress.heldAt,
    today,
  });
}
