import type * as Y from "yjs";
import { readControlValue } from "@/lib/documents/control-layout";
import { readBoard } from "@/lib/documents/read-board";
import { followUpDateOf } from "@/lib/summary/follow-up";
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
  const hasContent =
    board.objective.trim() !== "" ||
    board.segments.length > 0 ||
    board.scenarios.length > 0 ||
    board.dataSources.length > 0 ||
    board.kpis.length > 0;
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
