import * as Y from "yjs";
import type { DecodedUpdate } from "./locate";

function deletesSomethingLive(doc: Y.Doc, client: number, clock: number, len: number): boolean {
  const state = Y.getState(doc.store, client);
  // A deletion of something the doc does not have yet changes it (or cannot apply): not a no-op.
  if (clock + len > state) return true;
  const structs = doc.store.clients.get(client);
  if (!structs) return false;
  for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
    const stored = structs[index];
    if (!stored || stored.id.clock >= clock + len) break;
    if (stored instanceof Y.Item && !stored.deleted) return true;
  }
  return false;
}

/**
 * Whether applying `update` would change `doc`: it has structs past the doc's state vector, or it
 * deletes something the doc still has. Sync replies and offline replays of known state do not.
 */
export function wouldChange(update: DecodedUpdate, doc: Y.Doc): boolean {
  for (const struct of update.structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true;
  }
  for (const [client, deletions] of update.ds.clients) {
    for (const { clock, len } of deletions) {
      if (len > 0 && deletesSomethingLive(doc, client, clock, len)) return true;
    }
  }
  return false;
}
