import * as Y from "yjs";
import type { DecodedUpdate } from "./locate";

function references(item: Y.Item): Y.ID[] {
  const parent: unknown = item.parent;
  const ids = [item.origin, item.rightOrigin, parent instanceof Y.ID ? parent : null];
  return ids.filter((id): id is Y.ID => id !== null);
}

/**
 * A cheap proof that `update` can be integrated into `doc` whole: each client listed once, its
 * structs contiguous from at most the doc's state, no gaps (Skip), every item's origin and parent
 * already in the doc or earlier in the update, and every deletion within what will be known.
 * Yjs would otherwise throw half-way (a client listed twice) or park the rest as pending structs.
 */
export function isWholeUpdate(update: DecodedUpdate, doc: Y.Doc): boolean {
  const ends = new Map<number, number>();
  let current: number | null = null;
  for (const struct of update.structs) {
    if (struct instanceof Y.Skip) return false;
    const { client, clock } = struct.id;
    if (client !== current) {
      if (ends.has(client) || clock > Y.getState(doc.store, client)) return false;
      current = client;
    } else if (clock !== ends.get(client)) return false;
    ends.set(client, clock + struct.length);
  }
  const known = (id: Y.ID, before?: Y.ID) => {
    if (id.clock < Y.getState(doc.store, id.client)) return true;
    const end = ends.get(id.client);
    if (end === undefined || id.clock >= end) return false;
    // Within the update, only what comes before in the same client's run is integrated first.
    return before === undefined || id.client !== before.client || id.clock < before.clock;
  };
  for (const struct of update.structs) {
    if (!(struct instanceof Y.Item)) continue;
    for (const id of references(struct)) if (!known(id, struct.id)) return false;
  }
  for (const [client, deletions] of update.ds.clients) {
    const end = Math.max(Y.getState(doc.store, client), ends.get(client) ?? 0);
    for (const { clock, len } of deletions) if (clock + len > end) return false;
  }
  return true;
}

/**
 * Applies `update` to `doc` and reports whether it integrated whole. On false the doc may hold
 * part of it: the caller must rebuild the doc.
 */
export function applyWhole(doc: Y.Doc, update: Uint8Array, origin?: unknown): boolean {
  try {
    Y.applyUpdate(doc, update, origin);
  } catch {
    return false;
  }
  return doc.store.pendingStructs === null && doc.store.pendingDs === null;
}
