"use client";

import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { PresenceUser } from "@/lib/realtime/protocol";
import {
  createWorkshopDocs,
  INITIAL_WORKSHOP_DOCS_STATE,
  type ConnectOptions,
  type WorkshopDocs,
  type WorkshopDocsState,
} from "./workshop-docs";
import { syncServerClock } from "./server-clock";

export type UseWorkshopDocsOptions = Pick<ConnectOptions, "serverUrl" | "offline"> & {
  self?: PresenceUser;
};

export type UseWorkshopDocsResult = WorkshopDocsState & { docs: WorkshopDocs };

const serverState = (): WorkshopDocsState => INITIAL_WORKSHOP_DOCS_STATE;

/**
 * The board and control docs of a workshop, kept live over websockets and offline in IndexedDB.
 * Read and write them only through `lib/workshop`; components use the returned status and docs
 * handle, never the Yjs types. After a refusal the docs are replaced: `generation` changes, and
 * whatever holds `docs.board` or `docs.control` must rebind (WorkshopRoom remounts its subtree).
 */
export function useWorkshopDocs(
  workshopId: string,
  options: UseWorkshopDocsOptions = {},
): UseWorkshopDocsResult {
  const docs = useMemo(() => createWorkshopDocs(workshopId), [workshopId]);
  const { serverUrl, offline, self } = options;
  const selfKey = self ? JSON.stringify(self) : "";
  useEffect(
    () => docs.connect({ serverUrl, offline, self }),
    // `self` is compared by value so an inline object does not reconnect on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [docs, serverUrl, offline, selfKey],
  );
  useEffect(() => {
    // Measured again when the network returns: a laptop may have slept, and its clock drifted.
    const measure = () => void syncServerClock();
    measure();
    window.addEventListener("online", measure);
    return () => window.removeEventListener("online", measure);
  }, []);
  const state = useSyncExternalStore(docs.subscribe, docs.getState, serverState);
  return { ...state, docs };
}
