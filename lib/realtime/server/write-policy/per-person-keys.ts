import * as Y from "yjs";
import type { RefusalReason } from "@/lib/realtime/protocol";
import { personKeyOwner } from "@/lib/documents/vote-keys";
import { controlFlags } from "../permissions";
import { rootEntryOf, type RootEntry } from "./ancestry";
import type { WriteRequest, WriteRule } from "./types";

function judgeEntry(
  entry: RootEntry,
  request: WriteRequest,
  anonymous: boolean,
): RefusalReason | null {
  if (entry.key === null) return null;
  const owner = personKeyOwner(entry.root, entry.key);
  if (owner === undefined) return null;
  const { userId, pseudonym } = request.writer;
  if (owner !== userId && owner !== pseudonym) return "not-yours";
  // While anonymous, a new entry must not name its writer: the pseudonym stands in.
  return anonymous && owner === userId ? "anonymous" : null;
}

function judgeDeletions(request: WriteRequest): RefusalReason | null {
  const { update, doc, locate } = request;
  for (const [client, deletions] of update.ds.clients) {
    const structs = doc.store.clients.get(client);
    const last = structs?.at(-1);
    if (!structs || !last) continue;
    for (const { clock, len } of deletions) {
      if (clock >= last.id.clock + last.length) continue;
      for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
        const stored = structs[index];
        if (!stored || stored.id.clock >= clock + len) break;
        // A resync repeats every deletion the client knows of, including other people's
        // retracted entries: those are already deleted here and change nothing.
        if (!(stored instanceof Y.Item) || stored.deleted) continue;
        const entry = rootEntryOf(locate, stored.id);
        // Removing your own entry is fine in anonymous mode too: it names nobody afterwards.
        if (entry && judgeEntry(entry, request, false) === "not-yours") return "not-yours";
      }
    }
  }
  return null;
}

/**
 * Entries of per-person maps (votes, blind placements; see lib/documents/vote-keys) are written,
 * overwritten and deleted only by the person their key names; while anonymous mode is on, new
 * entries must name the writer's pseudonym. An item whose place cannot be found is refused: a
 * synced client only builds on what it has received.
 */
export const perPersonKeysRule: WriteRule = (request) => {
  const { anonymous } = controlFlags(request.control);
  for (const struct of request.update.structs) {
    if (!(struct instanceof Y.Item)) continue;
    const entry = rootEntryOf(request.locate, struct.id);
    if (entry === undefined) return "invalid";
    const refusal = entry && judgeEntry(entry, request, anonymous);
    if (refusal) return refusal;
  }
  return judgeDeletions(request);
};
