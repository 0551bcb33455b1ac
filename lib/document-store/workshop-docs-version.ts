import { db } from "@/lib/db";
import { documentStore } from "./registry";

/**
 * A cheap version of the workshop's persisted docs and roster: it changes whenever an update is
 * committed (update ids only grow, and compaction keeps the last folded id in the snapshot) or
 * someone joins. For polling readers that should not load the docs every few seconds.
 */
export async function workshopDocsVersion(options: { workshopId: string }): Promise<string> {
  const { workshopId } = options;
  const [last, members] = await Promise.all([
    documentStore().lastUpdateId(workshopId),
    db.membership.count({ where: { workshopId } }),
  ]);
  return `${last}.${members}`;
}
