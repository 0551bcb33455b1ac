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
  let crossesClients = false;
  for (const struct of update.structs) {
    if (!(struct instanceof Y.Item)) continue;
    for (const id of references(struct)) {
      if (!known(id, struct.id)) return false;
      if (id.client !== struct.id.client && id.clock >= Y.getState(doc.store, id.client)) {
        crossesClients = true;
      }
    }
  }
  if (crossesClients && referencesInACycle(update.structs, doc)) return false;
  for (const [client, deletions] of update.ds.clients) {
    const end = Math.max(Y.getState(doc.store, client), ends.get(client) ?? 0);
    for (const { clock, len } of deletions) if (clock + len > end) return false;
  }
  return true;
}

/**
 * Whether structs of the update wait for each other in a cycle (A's item placed after B's, B's
 * after A's): each reference is in the update, but Yjs can integrate none of them and parks them
 * as pending structs. A struct waits for its client's previous struct and for every struct of
 * another client of the update it references.
 */
function referencesInACycle(structs: DecodedUpdate["structs"], doc: Y.Doc): boolean {
  const runs = new Map<number, { first: number; at: number[] }>();
  structs.forEach((struct, index) => {
    const run = runs.get(struct.id.client) ?? { first: index, at: [] };
    run.at.push(struct.id.clock);
    runs.set(struct.id.client, run);
  });
  const structAt = (id: Y.ID): number => {
    const run = runs.get(id.client) as { first: number; at: number[] };
    let low = 0;
    let high = run.at.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((run.at[middle] as number) <= id.clock) low = middle;
      else high = middle - 1;
    }
    return run.first + low;
  };
  const waitsFor = (index: number): number[] => {
    const struct = structs[index] as (typeof structs)[number];
    const run = runs.get(struct.id.client) as { first: number };
    const previous = index > run.first ? [index - 1] : [];
    if (!(struct instanceof Y.Item)) return previous;
    const others = references(struct).filter(
      (id) => id.client !== struct.id.client && id.clock >= Y.getState(doc.store, id.client),
    );
    return [...previous, ...others.map(structAt)];
  };
  // Iterative depth-first search: 1 on the current path, 2 done.
  const state = new Uint8Array(structs.length);
  for (let root = 0; root < structs.length; root++) {
    if (state[root] !== 0) continue;
    const stack: { index: number; next: number[] }[] = [{ index: root, next: waitsFor(root) }];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { index: number; next: number[] };
      const following = top.next.pop();
      if (following === undefined) {
        state[top.index] = 2;
        stack.pop();
      } else if (state[following] === 1) return true;
      else if (state[following] === 0) {
        state[following] = 1;
        stack.push({ index: following, next: waitsFor(following) });
      }
    }
  }
  return false;
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
