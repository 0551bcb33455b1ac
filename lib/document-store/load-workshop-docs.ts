import * as Y from "yjs";
import type { DocName } from "@/lib/realtime/protocol";
import { documentStore } from "./registry";

export type WorkshopDocs = { board: Y.Doc; control: Y.Doc };

function apply(doc: Y.Doc, update: Uint8Array): void {
  try {
    Y.applyUpdate(doc, update);
  } catch (error) {
    // Same rule as the realtime server's loader: one unreadable row must not hide the workshop.
    console.error("[workshop-docs] skipped an unreadable update", error);
  }
}

async function loadDoc(workshopId: string, docName: DocName): Promise<Y.Doc> {
  // Snapshot and remaining updates in one consistent read (a compaction cannot fall in between).
  const { snapshot, updates } = await documentStore().read({ workshopId, docName });
  const doc = new Y.Doc({ gc: true });
  if (snapshot) apply(doc, snapshot.state);
  for (const row of updates) apply(doc, row.update);
  return doc;
}

/**
 * The workshop's board and control docs as persisted: snapshot plus later updates. The database
 * is the source of truth, since the realtime server commits every update before relaying it.
 */
export async function loadWorkshopDocs(options: { workshopId: string }): Promise<WorkshopDocs> {
  const [board, control] = await Promise.all([
    loadDoc(options.workshopId, "board"),
    loadDoc(options.workshopId, "control"),
  ]);
  return { board, control };
}
