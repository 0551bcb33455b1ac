import * as Y from "yjs";
import { COLLECTION_NAMES, collectionMap, metaMap, writeFields } from "./layout";
import { identityNoteText, setIdentityResolution } from "./identity-resolution";
import { BOARD_SCHEMA_VERSION, SCHEMA_VERSION_KEY } from "./migrations";
import { objectiveText, setFollowUpDate, setFollowUpStart, setObjectiveHelper } from "./objective";
import type { BoardSnapshot } from "./read-board";
import { restoreReactionCounts, type ReactionCounts } from "./reactions";

/** The board's content as a snapshot holds it: what a JSON export carries and an import restores. */
export type BoardContent = BoardRecords & {
  /** +1 and "?" counts per note, restored owned by nobody (people are not carried over). */
  reactions?: Readonly<Record<string, ReactionCounts>>;
};

type BoardRecords = Pick<
  BoardSnapshot,
  | "objective"
  | "objectiveHelper"
  | "followUpDate"
  | "followUpStart"
  | "identityResolution"
  | "segments"
  | "scenarios"
  | "dataSources"
  | "techStack"
  | "risks"
  | "kpis"
  | "roadmap"
>;

/**
 * Writes already-validated board content into an empty doc, with the same layout the board
 * functions use, so `readBoard` of the result returns the same records. For imports: the doc
 * becomes the first snapshot of a new workshop.
 */
export function restoreBoard(doc: Y.Doc, content: BoardContent): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set(SCHEMA_VERSION_KEY, BOARD_SCHEMA_VERSION);
    if (content.objectiveHelper.outcome || content.objectiveHelper.rankedBy) {
      setObjectiveHelper(doc, { ...content.objectiveHelper });
    }
    if (content.followUpDate) setFollowUpDate(doc, { date: content.followUpDate });
    if (content.followUpStart) setFollowUpStart(doc, { start: content.followUpStart });
    if (content.objective) objectiveText(doc).insert(0, content.objective);
    if (content.identityResolution.status !== "unknown") {
      setIdentityResolution(doc, { status: content.identityResolution.status });
    }
    if (content.identityResolution.note) {
      identityNoteText(doc).insert(0, content.identityResolution.note);
    }
    if (content.reactions) restoreReactionCounts(doc, content.reactions);
    for (const name of COLLECTION_NAMES) {
      const target = collectionMap(doc, name);
      const records: readonly { readonly id: string }[] = content[name];
      for (const record of records) {
        const stored = new Y.Map<unknown>();
        target.set(record.id, stored);
        writeFields(name, stored, { ...record });
      }
    }
  });
}
