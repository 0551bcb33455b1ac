import { IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import {
  COLLAB_PATH_PREFIX,
  isPermanentClose,
  roomName,
  type DocName,
  type PresenceUser,
} from "@/lib/realtime/protocol";
import { deriveConnectionStatus, type ConnectionStatus } from "./connection-status";

export type WorkshopDocsState = {
  status: ConnectionStatus;
  /** Why the server closed for good, when status is "closed". */
  closeReason: string | null;
  /** The server refused a change from this device (read-only role or locked board). */
  changesRejected: boolean;
  /** Presence lives on the board doc's awareness; null until connected. */
  awareness: Awareness | null;
};

export type ConnectOptions = {
  /** ws(s)://host/collab; defaults to the page's own origin. */
  serverUrl?: string;
  /** Keep an offline copy in IndexedDB (default: when the browser has IndexedDB). */
  offline?: boolean;
  /** Shown locally until the server's stamped copy arrives; others always see the server's. */
  self?: PresenceUser;
  /** For Node (tests): a WebSocket implementation, e.g. one that sends a Cookie header. */
  WebSocketPolyfill?: typeof WebSocket;
};

/** The two docs of a workshop, plus connection state that React can subscribe to. */
export type WorkshopDocs = {
  workshopId: string;
  board: Y.Doc;
  control: Y.Doc;
  getState(): WorkshopDocsState;
  subscribe(listener: () => void): () => void;
  /** Opens the websockets (and IndexedDB); returns the function that closes them again. */
  connect(options?: ConnectOptions): () => void;
};

const INITIAL_STATE: WorkshopDocsState = {
  status: "connecting",
  closeReason: null,
  changesRejected: false,
  awareness: null,
};

function defaultServerUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss" : "ws"}://${host}${COLLAB_PATH_PREFIX.slice(0, -1)}`;
}

type DocLink = {
  provider: WebsocketProvider;
  persistence: IndexeddbPersistence | null;
  unsynced: boolean;
  everSynced: boolean;
};

/** Creates the docs without any I/O; call `connect` (from an effect) to go live. */
export function createWorkshopDocs(workshopId: string): WorkshopDocs {
  const docs: Record<DocName, Y.Doc> = { board: new Y.Doc(), control: new Y.Doc() };
  const listeners = new Set<() => void>();
  let state = INITIAL_STATE;

  function setState(next: Partial<WorkshopDocsState>): void {
    const merged = { ...state, ...next };
    const changed = (Object.keys(merged) as (keyof WorkshopDocsState)[]).some(
      (key) => merged[key] !== state[key],
    );
    if (!changed) return;
    state = merged;
    for (const listener of listeners) listener();
  }

  function connect(options: ConnectOptions = {}): () => void {
    const serverUrl = options.serverUrl ?? defaultServerUrl();
    const offline = options.offline ?? typeof indexedDB !== "undefined";
    let closeReason: string | null = null;
    const cleanups: (() => void)[] = [];

    const links = (Object.keys(docs) as DocName[]).map((docName): DocLink => {
      const doc = docs[docName];
      const room = roomName({ workshopId, docName });
      const persistence = offline ? new IndexeddbPersistence(room, doc) : null;
      const provider = new WebsocketProvider(serverUrl, room, doc, {
        WebSocketPolyfill: options.WebSocketPolyfill,
        // Connected below, once every link exists: the provider emits status while connecting.
        connect: false,
        shouldReconnect: (event) => !isPermanentClose(event.code),
      });
      const link: DocLink = { provider, persistence, unsynced: false, everSynced: false };
      const onUpdate = (_update: Uint8Array, origin: unknown): void => {
        // Edits that arrive from the server or IndexedDB are already stored somewhere.
        if (origin === provider || (persistence !== null && origin === persistence)) return;
        if (!provider.synced) link.unsynced = true;
        refresh();
      };
      const onSync = (synced: boolean): void => {
        if (synced) {
          // Sync completes after we answered the server's step 1 with everything it lacked.
          link.unsynced = false;
          link.everSynced = true;
        }
        refresh();
      };
      const onClosed = (event: { reason: string }): void => {
        closeReason = event.reason || "Connection refused";
        refresh();
      };
      doc.on("update", onUpdate);
      provider.on("sync", onSync);
      provider.on("status", refresh);
      provider.on("closed", onClosed);
      // The server tells read-only writers with an auth message; y-websocket only logs it.
      const handlers = provider.messageHandlers;
      const authHandler = handlers[2];
      handlers[2] = (encoder, decoder, wsProvider, emitSynced, messageType) => {
        setState({ changesRejected: true });
        authHandler?.(encoder, decoder, wsProvider, emitSynced, messageType);
      };
      if (docName === "control") provider.awareness.setLocalState(null);
      cleanups.push(() => {
        doc.off("update", onUpdate);
        provider.destroy();
        void persistence?.destroy();
      });
      return link;
    });

    const boardLink = links[0];
    if (boardLink) {
      boardLink.provider.awareness.setLocalState({ user: options.self ?? null, cursor: null });
    }

    function refresh(): void {
      setState({
        awareness: boardLink?.provider.awareness ?? null,
        closeReason,
        status: deriveConnectionStatus({
          allSynced: links.every((link) => link.provider.wsconnected && link.provider.synced),
          everSynced: links.some((link) => link.everSynced),
          hasUnsyncedChanges: links.some((link) => link.unsynced),
          closedForGood: closeReason !== null,
        }),
      });
    }
    // A dropped Wi-Fi leaves the socket looking open for a long time; the browser knows sooner.
    if (typeof window !== "undefined") {
      const goOffline = (): void => {
        for (const link of links) link.provider.disconnect();
        refresh();
      };
      const goOnline = (): void => {
        for (const link of links) link.provider.connect();
      };
      window.addEventListener("offline", goOffline);
      window.addEventListener("online", goOnline);
      cleanups.push(() => {
        window.removeEventListener("offline", goOffline);
        window.removeEventListener("online", goOnline);
      });
    }
    if (typeof navigator === "undefined" || navigator.onLine !== false) {
      for (const link of links) link.provider.connect();
    }
    refresh();

    return () => {
      for (const cleanup of cleanups) cleanup();
      setState({ ...INITIAL_STATE });
    };
  }

  return {
    workshopId,
    board: docs.board,
    control: docs.control,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connect,
  };
}
