import type * as Y from "yjs";
import { markAsExample } from "@/lib/documents/example-marks";
import type { CollectionName } from "@/lib/documents/layout";
import type { BoardContent } from "@/lib/documents/restore-board";
import { markFromLastTime } from "@/lib/follow-up/from-last-time";
import type { WorkshopExport } from "./json";

/**
 * Writes an export's marks onto a restored board doc, in one transaction: the template examples
 * nobody had touched ("Example") and what "Run again" carried over ("From last time", with the
 * previous run and the roadmap items' statuses). A mark whose record is not on the board is
 * skipped. An older export has neither, and then nothing is written.
 */
export function restoreBoardMarks(
  doc: Y.Doc,
  exported: Pick<WorkshopExport["board"], "exampleMarks" | "fromLastTime">,
  content: BoardContent,
): void {
  const has = (collection: CollectionName, id: string): boolean => {
    const records: readonly { id: string }[] = content[collection];
    return records.some((record) => record.id === id);
  };
  doc.transact(() => {
    for (const mark of exported.exampleMarks) {
      if (has(mark.collection, mark.recordId)) markAsExample(doc, mark);
    }
    const carried = exported.fromLastTime;
    if (carried) {
      markFromLastTime(doc, {
        previous: carried.previous,
        records: carried.records
          .filter((record) => has(record.collection, record.recordId))
          .map(({ collection, recordId, status }) => ({
            collection,
            id: recordId,
            ...(status ? { status } : {}),
          })),
      });
    }
  });
}
