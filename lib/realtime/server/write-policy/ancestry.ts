import type * as Y from "yjs";
import type { Locator } from "./locate";

/** A root map's entry: the root's name and the key under it. */
export type RootEntry = { root: string; key: string | null };

// Records nest a few levels (record map → field → text); deeper is never a per-person entry.
const MAX_DEPTH = 8;

/**
 * The root-level entry an item sits under (e.g. `votes` / `r1/ada/0` for a dot, `scenarios` /
 * `<id>` for any field of a scenario). null: garbage-collected or too deep; undefined: unknown.
 */
export function rootEntryOf(locate: Locator, id: Y.ID): RootEntry | null | undefined {
  let next = id;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const location = locate(next);
    if (!location) return location;
    if ("root" in location.parent) return { root: location.parent.root, key: location.key };
    next = location.parent.item;
  }
  return null;
}
