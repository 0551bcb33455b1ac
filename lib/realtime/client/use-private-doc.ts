"use client";

import { useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { privateDocName, roomName } from "@/lib/realtime/protocol";
import { createLiveDocSet, INITIAL_LIVE_DOCS_STATE, type LiveDocsState } from "./live-doc-set";

export type PrivateDocState = Pick<LiveDocsState, "status" | "refusal"> & {
  /** Null while private writing is off; edits made before the first sync merge when it comes. */
  doc: Y.Doc | null;
  dismissRefusal(): void;
};

const serverState = (): LiveDocsState => INITIAL_LIVE_DOCS_STATE;
const nothing = (): (() => void) => () => undefined;

/**
 * The signed-in person's private doc (notes written in "write privately" mode), connected while
 * `enabled`. The server opens this room only for its owner, so nothing in it reaches anyone else.
 * Like the shared docs, a write the server refuses (e.g. while the board is locked) replaces the
 * local copy with the server's and is reported in `refusal`, rather than being retried forever
 * while the note looks saved. Read and write the doc only through lib/documents/private-notes.
 */
export function usePrivateDoc(options: {
  workshopId: string;
  userId: string;
  enabled: boolean;
}): PrivateDocState {
  const { workshopId, userId, enabled } = options;
  const room = roomName({ workshopId, docName: privateDocName(userId) });
  // A fresh set per room and session of private writing; the effect only does the I/O.
  const set = useMemo(
    () => (enabled ? createLiveDocSet({ rooms: { private: room } }) : null),
    [room, enabled],
  );
  useEffect(() => set?.connect(), [set]);
  const state = useSyncExternalStore(
    set?.subscribe ?? nothing,
    set?.getState ?? serverState,
    serverState,
  );
  const dismissRefusal = useCallback(() => set?.dismissRefusal(), [set]);
  return {
    doc: set ? set.doc("private") : null,
    status: state.status,
    refusal: state.refusal,
    dismissRefusal,
  };
}
