import * as Y from "yjs";
import { db } from "@/lib/db";
import type { DocName } from "@/lib/realtime/protocol";

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
  const where = { workshopId, docName };
  // Both reads in one transaction, so a compaction between them cannot drop updates.
  const [snapshot, rows] = await db.$transaction(async (tx) => {
    const snap = await tx.docSnapshot.findUnique({
      where: { workshopId_docName: where },
      select: { state: true, lastUpdateId: true },
    });
    const updates = await tx.docUpdate.findMany({
      where: { ...where, id: { gt: snap?.lastUpdateId ?? 0 } },
      orderBy: { id: "asc" },
      select: { update: true },
    });
    return [snap, updates] as const;
  });
  const doc = new Y.Doc({ gc: true });
  if (snapshot) apply(doc, snapshot.state);
  for (const row of rows) apply(doc, row.update);
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
