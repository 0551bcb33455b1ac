import type * as Y from "yjs";
import type { AnyDocName, ConnectionRole, RefusalReason } from "@/lib/realtime/protocol";
import type { DecodedUpdate, Locator } from "./locate";

/** Who is writing: the session's user, their role, and the pseudonym their anonymous votes use. */
export type Writer = { userId: string; role: ConnectionRole; pseudonym: string };

/** One update that would change a doc, with what the rules need to judge it. */
export type WriteRequest = {
  writer: Writer;
  docName: AnyDocName;
  update: DecodedUpdate;
  /** Encoded size of the update. */
  byteLength: number;
  /** The doc as it will be once every accepted update is applied (the update is not in it). */
  doc: Y.Doc;
  /** Size of that doc's stored state, an upper bound (see DocRoom.storedBytes). */
  docBytes: number;
  /** The workshop's control doc, for its flags (lock, anonymous mode). */
  control: Y.Doc;
  locate: Locator;
  /** Authors each record ever had, by `<collection>/<recordId>` (see authorship). */
  pastAuthors: ReadonlyMap<string, ReadonlySet<string>>;
};

/** One rule of the write policy: the reason to refuse the update, or null to let it through. */
export type WriteRule = (request: WriteRequest) => RefusalReason | null;
