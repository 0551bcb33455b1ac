// Test support for the write-policy rules: a WriteRequest for an update against a server doc.
import * as Y from "yjs";
import type { AnyDocName } from "@/lib/realtime/protocol";
import type { WorkshopRole } from "@/lib/workshops/roles";
import { createLocator } from "./locate";
import type { PastAuthors } from "./past-authors";
import type { WriteRequest } from "./types";

/** The update a change to `doc` produces. */
export function change(doc: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  edit(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

export function requestFor(
  update: Uint8Array,
  doc: Y.Doc,
  options: {
    userId: string;
    role?: WorkshopRole;
    docName?: AnyDocName;
    control?: Y.Doc;
    docBytes?: number;
    pastAuthors?: PastAuthors;
  },
): WriteRequest {
  const decoded = Y.decodeUpdate(update);
  return {
    writer: {
      userId: options.userId,
      role: options.role ?? "participant",
      pseudonym: `anon-${options.userId}`,
    },
    docName: options.docName ?? "board",
    update: decoded,
    byteLength: update.byteLength,
    doc,
    docBytes: options.docBytes ?? 0,
    control: options.control ?? new Y.Doc(),
    locate: createLocator(decoded, doc),
    pastAuthors: options.pastAuthors ?? new Map(),
  };
}
