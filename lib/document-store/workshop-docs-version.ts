import { db } from "@/lib/db";

/**
 * A cheap version of the workshop's persisted docs and roster: it changes whenever an update is
 * committed (update ids only grow, and compaction keeps the last folded id in the snapshot) or
 * someone joins. For polling readers that should not load the docs every few seconds.
 */
export async function workshopDocsVersion(options: { workshopId: string }): Promise<string> {
  const where = { workshopId: options.workshopId };
  const [updates, snapshots, members] = await Promise.all([
    db.docUpdate.aggregate({ where, _max: { id: true } }),
    db.docSnapshot.aggregate({ where, _max: { lastUpdateId: true } }),
    db.membership.count({ where }),
  ]);
  const last = Math.max(updates._max.id ?? 0, snapshots._max.lastUpdateId ?? 0);
  return `${last}.${members}`;
}
