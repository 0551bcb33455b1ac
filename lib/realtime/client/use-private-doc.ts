"use client";

import { useEffect, useMemo } from "react";
import { IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { isPermanentClose, privateDocName, roomName } from "@/lib/realtime/protocol";
import { defaultServerUrl } from "./server-url";

/**
 * The signed-in person's private doc (notes written in "write privately" mode), connected while
 * `enabled`. The server opens this room only for its owner, so nothing in it reaches anyone else.
 * Null until connected; read and write it only through lib/documents/private-notes.
 */
export function usePrivateDoc(options: {
  workshopId: string;
  userId: string;
  enabled: boolean;
}): Y.Doc | null {
  const { workshopId, userId, enabled } = options;
  // A fresh doc per room and session of private writing; the effect only does the I/O.
  const room = roomName({ workshopId, docName: privateDocName(userId) });
  const doc = useMemo(() => (enabled ? new Y.Doc({ guid: room }) : null), [room, enabled]);
  useEffect(() => {
    if (!doc) return;
    const persistence =
      typeof indexedDB === "undefined" ? null : new IndexeddbPersistence(room, doc);
    const provider = new WebsocketProvider(defaultServerUrl(), room, doc, {
      shouldReconnect: (event) => !isPermanentClose(event.code),
    });
    provider.awareness.setLocalState(null);
    return () => {
      provider.destroy();
      void persistence?.destroy();
    };
  }, [doc, room]);
  return doc;
}
