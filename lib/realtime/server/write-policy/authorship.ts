import * as Y from "yjs";
import type { RefusalReason } from "@/lib/realtime/protocol";
import { controlFlags } from "../permissions";
import type { Locator } from "./locate";
import type { WriteRequest, WriteRule } from "./types";

export const AUTHOR_KEY = "authorId";

/** `<root>/<recordId>` of the record (a map directly under a root map) holding `parent`. */
function recordKeyOf(locate: Locator, parent: Y.ID): string | null {
  const location = locate(parent);
  if (!location || !("root" in location.parent) || location.key === null) return null;
  return `${location.parent.root}/${location.key}`;
}

function authorValue(item: Y.Item): string | null | undefined {
  const content: unknown = item.content;
  if (content instanceof Y.ContentDeleted) return undefined;
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) {
    const [value] = content.getContent();
    return typeof value === "string" ? value : null;
  }
  return null;
}

function judgeAuthor(
  item: Y.Item,
  request: WriteRequest,
  anonymous: boolean,
): RefusalReason | null {
  const location = request.locate(item.id);
  if (!location || location.key !== AUTHOR_KEY || "root" in location.parent) return null;
  const value = authorValue(item);
  if (value === undefined) return null;
  if (anonymous) return "anonymous";
  if (value === request.writer.userId) return null;
  // Undoing the deletion of someone else's record re-creates its authorId under the undoer's
  // client id: allowed only when that record key already had that author here.
  const record = recordKeyOf(request.locate, location.parent.item);
  return value !== null && record !== null && request.pastAuthors.get(record)?.has(value)
    ? null
    : "not-yours";
}

/**
 * An `authorId` written in a record must name the writer (or restore the author that record key
 * had); while anonymous mode is on, no `authorId` is written at all.
 */
export const authorshipRule: WriteRule = (request) => {
  if (request.docName !== "board") return null;
  const { anonymous } = controlFlags(request.control);
  for (const struct of request.update.structs) {
    if (!(struct instanceof Y.Item)) continue;
    const refusal = judgeAuthor(struct, request, anonymous);
    if (refusal) return refusal;
  }
  return null;
};
