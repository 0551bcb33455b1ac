import * as Y from "yjs";

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** The parent of an item: a root type (by name) or the item that holds the parent type. */
export type ParentRef = { root: string } | { item: Y.ID };

/** Where an item sits: its parent and its map key (null in a list or a text). */
export type Location = { parent: ParentRef; key: string | null };

/**
 * Finds where items sit, for items of one update and of the doc it is about to be applied to.
 * `null`: the item is known but sits nowhere (garbage-collected); `undefined`: it is in neither.
 */
export type Locator = (id: Y.ID) => Location | null | undefined;

/** The item of `doc` containing `id`, or null when the doc does not have it. */
export function storedStruct(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | null {
  const structs = doc.store.clients.get(id.client);
  const last = structs?.at(-1);
  if (!structs || !last || id.clock >= last.id.clock + last.length) return null;
  return structs[Y.findIndexSS(structs, id.clock)] ?? null;
}

function storedLocation(item: Y.Item): Location | null {
  const type: unknown = item.parent;
  if (!(type instanceof Y.AbstractType)) return null;
  const holder = type._item;
  const parent: ParentRef = holder ? { item: holder.id } : { root: Y.findRootTypeKey(type) };
  return { parent, key: item.parentSub };
}

/** The update's items per client, in clock order (a well-formed update lists each client once). */
function itemsByClient(update: DecodedUpdate): Map<number, Y.Item[]> {
  const byClient = new Map<number, Y.Item[]>();
  for (const struct of update.structs) {
    if (!(struct instanceof Y.Item)) continue;
    const list = byClient.get(struct.id.client) ?? [];
    list.push(struct);
    byClient.set(struct.id.client, list);
  }
  return byClient;
}

function findIn(list: readonly Y.Item[] | undefined, clock: number): Y.Item | undefined {
  if (!list) return undefined;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = list[middle];
    if (!item) return undefined;
    if (clock < item.id.clock) high = middle - 1;
    else if (clock >= item.id.clock + item.length) low = middle + 1;
    else return item;
  }
  return undefined;
}

/**
 * A locator over `update` on top of `doc`. In a decoded update a root parent is its name, a nested
 * parent an ID, and an item with an origin has no parent at all: it inherits its origin's parent
 * and key (that is how a map overwrite is encoded), so those are followed, iteratively and
 * memoized, through the update and then the doc.
 */
export function createLocator(update: DecodedUpdate, doc: Y.Doc): Locator {
  const items = itemsByClient(update);
  const memo = new Map<Y.Item, Location | null | undefined>();

  function direct(item: Y.Item): Location | null | undefined | Y.ID {
    const parent: unknown = item.parent;
    if (typeof parent === "string") return { parent: { root: parent }, key: item.parentSub };
    if (parent instanceof Y.ID) return { parent: { item: parent }, key: item.parentSub };
    const reference = item.origin ?? item.rightOrigin;
    return reference ?? undefined;
  }

  return function locate(id) {
    const chain: Y.Item[] = [];
    let next: Y.ID = id;
    let found: Location | null | undefined;
    // Each step moves to an origin; a malformed update could loop, so the walk is bounded.
    for (let steps = 0; steps <= update.structs.length + 1; steps++) {
      const own = findIn(items.get(next.client), next.clock);
      if (!own) {
        const stored = storedStruct(doc, next);
        found = stored instanceof Y.Item ? storedLocation(stored) : stored ? null : undefined;
        break;
      }
      if (memo.has(own)) {
        found = memo.get(own);
        break;
      }
      chain.push(own);
      const step = direct(own);
      if (!(step instanceof Y.ID)) {
        found = step;
        break;
      }
      if (step.client === next.client && step.clock === next.clock) break;
      next = step;
    }
    for (const item of chain) memo.set(item, found);
    return found;
  };
}
