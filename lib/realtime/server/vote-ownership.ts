import * as Y from "yjs";
import { parseDotKey, VOTES_MAP } from "@/lib/workshop/vote-keys";

type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** Where the items of one accepted update sit: per client, clock ranges and their votes-map key. */
export type Placements = Map<number, { clock: number; length: number; key: string | null }[]>;

function placementIn(placements: Placements, id: Y.ID): string | null | undefined {
  const range = placements
    .get(id.client)
    ?.find((entry) => id.clock >= entry.clock && id.clock < entry.clock + entry.length);
  return range?.key;
}

/** A struct already in the server's doc, or null when it is not there. */
function storedStruct(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | null {
  const structs = doc.store.clients.get(id.client);
  const last = structs?.at(-1);
  if (!structs || !last || id.clock >= last.id.clock + last.length) return null;
  return structs[Y.findIndexSS(structs, id.clock)] ?? null;
}

/**
 * Checks that a board update writes, overwrites and deletes only `userId`'s own dots (every dot's
 * key names its voter). An item carries its map key only when it starts a key; an overwrite points
 * at the entry it replaces (its origin) and inherits that key, so the origin is looked up in this
 * update, in updates accepted but not yet applied (`pending`), then in the server's doc. An origin
 * found nowhere is refused: a synced client only sends changes to what it has received.
 * On success, returns this update's placements for the caller to keep as pending until applied.
 */
export function checkVoteOwnership(options: {
  update: DecodedUpdate;
  doc: Y.Doc;
  userId: string;
  pending: readonly Placements[];
}): { ok: true; placements: Placements } | { ok: false } {
  const { update, doc, userId, pending } = options;
  const votes = doc.getMap<unknown>(VOTES_MAP);
  const ownsKey = (key: string | null) => key === null || parseDotKey(key)?.voterId === userId;
  const placements: Placements = new Map();

  const keyOf = (id: Y.ID): string | null | undefined => {
    for (const source of [placements, ...pending]) {
      const key = placementIn(source, id);
      if (key !== undefined) return key;
    }
    const stored = storedStruct(doc, id);
    if (stored instanceof Y.Item) return stored.parent === votes ? stored.parentSub : null;
    return stored ? null : undefined;
  };

  for (const struct of update.structs) {
    if (!(struct instanceof Y.Item)) continue;
    // In a decoded update a root parent is its name; a nested parent an ID; an inferred one null.
    const parent: unknown = struct.parent;
    let key: string | null | undefined = null;
    if (typeof parent === "string") key = parent === VOTES_MAP ? struct.parentSub : null;
    else if (parent === null) {
      const reference = struct.origin ?? struct.rightOrigin;
      if (reference) key = keyOf(reference);
    }
    if (key === undefined || !ownsKey(key)) return { ok: false };
    const ranges = placements.get(struct.id.client) ?? [];
    ranges.push({ clock: struct.id.clock, length: struct.length, key });
    placements.set(struct.id.client, ranges);
  }

  for (const [client, deletions] of update.ds.clients) {
    for (const { clock, len } of deletions) {
      // Dots still queued for their commit are not in the doc yet: their placements tell.
      for (const queued of pending) {
        const overlapping = queued
          .get(client)
          ?.some(
            (range) =>
              range.clock < clock + len &&
              clock < range.clock + range.length &&
              !ownsKey(range.key),
          );
        if (overlapping) return { ok: false };
      }
    }
    const structs = doc.store.clients.get(client);
    const last = structs?.at(-1);
    if (!structs || !last) continue;
    for (const { clock, len } of deletions) {
      if (clock >= last.id.clock + last.length) continue;
      for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
        const stored = structs[index];
        if (!stored || stored.id.clock >= clock + len) break;
        // A sync after reconnecting repeats every deletion the client knows of, including other
        // people's retracted dots: those are already deleted here and change nothing.
        if (!(stored instanceof Y.Item) || stored.deleted || stored.parent !== votes) continue;
        if (!ownsKey(stored.parentSub)) return { ok: false };
      }
    }
  }
  return { ok: true, placements };
}
