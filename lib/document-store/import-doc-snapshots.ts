import type { Prisma } from "@prisma/client";
import type { DocName } from "@/lib/realtime/protocol";

export type ImportDocSnapshotsOptions = {
  /** The transaction that creates the workshop, so a failed import leaves nothing behind. */
  tx: Prisma.TransactionClient;
  workshopId: string;
  /** Each doc's whole state, stored as its first snapshot (no updates yet). */
  states: Record<DocName, Uint8Array>;
};

/** Stores an imported workshop's docs as their first snapshots. */
export async function importDocSnapshots(options: ImportDocSnapshotsOptions): Promise<void> {
  const { tx, workshopId, states } = options;
  await tx.docSnapshot.createMany({
    data: (["board", "control"] as const).map((docName) => ({
      workshopId,
      docName,
      state: new Uint8Array(states[docName]),
      lastUpdateId: 0,
    })),
  });
}
