import { IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import type { Awareness } from "y-protocols/awareness";
import * as authProtocol from "y-protocols/auth";
import * as Y from "yjs";
import {
  MessageType,
  isPermanentClose,
  parseRefusal,
  type PresenceUser,
  type RefusalReason,
} from "@/lib/realtime/protocol";
import { deriveConnectionStatus, type ConnectionStatus } from "./connection-status";
import { defaultServerUrl } from "./server-url";

/** The server refused a change this person made; shown until they dismiss it or reload. */
export type Refusal = {
  reason: RefusalReason;
  /** The discarded doc has been replaced by the server's copy. */
  resynced: boolean;
};

export type LiveDocsState = {
  status: ConnectionStatus;
  /** Why the server closed for good, when status is "closed". */
  closeReason: string | null;
  /** The last change of this person's the server refused, or null (never for a mere replay). */
  refusal: Refusal | null;
  /**
   * Bumped whenever a doc is replaced (after a refusal): everything bound to the old doc
   * (observers, undo managers, presence) must rebind, e.g. by remounting on this key.
   */
  generation: number;
  /** The presence doc's awareness (the board's, for a workshop); null until connected or none. */
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
  /** For Node (tests): several clients in one process must not sync past the server. */
  disableBc?: boolean;
};

/** Docs kept live together, plus connection state that React can subscribe to. */
export type LiveDocSet<K extends string> = {
  /** The current doc for `key`; a new one after a refusal (see `generation`). */
  doc(key: K): Y.Doc;
  getState(): LiveDocsState;
  subscribe(listener: () => void): () => void;
  /** Opens the websockets (and IndexedDB); returns the function that closes them again. */
  connect(options?: ConnectOptions): () => void;
  /** Clears a refusal the person has read. */
  dismissRefusal(): void;
};

export const INITIAL_LIVE_DOCS_STATE: LiveDocsState = {
  status: "connecting",
  closeReason: null,
  refusal: null,
  generation: 0,
  awareness: null,
};

type DocLink = {
  provider: WebsocketProvider;
  persistence: IndexeddbPersistence | null;
  unsynced: boolean;
  everSynced: boolean;
  /** This person changed the doc during this page's life (so a refusal is theirs to read). */
  editedHere: boolean;
  close(): void;
};

export type LiveDocSetOptions<K extends string> = {
  /** The room of each doc, e.g. "workshop/<id>/board"; connected in this order. */
  rooms: Readonly<Record<K, string>>;
  /** The doc whose awareness carries this person's presence; the others publish none. */
  presence?: NoInfer<K>;
};

/**
 * Creates the docs without any I/O; call `connect` (from an effect) to go live. Each doc syncs
 * over its own websocket and, optionally, IndexedDB; a change the server refuses replaces that
 * doc with the server's copy and says so in `refusal`.
 */
export function createLiveDocSet<K extends string>(options: LiveDocSetOptions<K>): LiveDocSet<K> {
  const order = Object.keys(options.rooms) as K[];
  const docs = new Map<K, Y.Doc>(order.map((key) => [key, new Y.Doc()]));
  const listeners = new Set<() => void>();
  let state = INITIAL_LIVE_DOCS_STATE;

  function current(key: K): Y.Doc {
    const doc = docs.get(key);
    if (!doc) throw new Error(`No live doc "${key}"`);
    return doc;
  }

  function setState(next: Partial<LiveDocsState>): void {
    const merged = { ...state, ...next };
    const changed = (Object.keys(merged) as (keyof LiveDocsState)[]).some(
      (key) => merged[key] !== state[key],
    );
    if (!changed) return;
    state = merged;
    for (const listener of listeners) listener();
  }

  function connect(connectOptions: ConnectOptions = {}): () => void {
    const serverUrl = connectOptions.serverUrl ?? defaultServerUrl();
    const offline = connectOptions.offline ?? typeof indexedDB !== "undefined";
    const online = (): boolean => typeof navigator === "undefined" || navigator.onLine !== false;
    let closeReason: string | null = null;
    let closed = false;
    const links = new Map<K, DocLink>();
    const discarding = new Set<K>();

    function openLink(docName: K): DocLink {
      const doc = current(docName);
      const room = options.rooms[docName];
      const persistence = offline ? new IndexeddbPersistence(room, doc) : null;
      const provider = new WebsocketProvider(serverUrl, room, doc, {
        WebSocketPolyfill: connectOptions.WebSocketPolyfill,
        disableBc: connectOptions.disableBc,
        // Connected by the caller, once every link exists: the provider emits status while connecting.
        connect: false,
        shouldReconnect: (event) => !isPermanentClose(event.code),
      });
      const onUpdate = (_update: Uint8Array, origin: unknown): void => {
        // Edits that arrive from the server or IndexedDB are already stored somewhere.
        if (origin === provider || (persistence !== null && origin === persistence)) return;
        link.editedHere = true;
        if (!provider.synced) link.unsynced = true;
        refresh();
      };
      const onSync = (synced: boolean): void => {
        if (synced) {
          // Sync completes after we answered the server's step 1 with everything it lacked.
          link.unsynced = false;
          link.everSynced = true;
          if (state.refusal && !state.refusal.resynced && discarding.size === 0) {
            setState({ refusal: { ...state.refusal, resynced: true } });
          }
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
      // The server tells a writer it refused an update with an auth message; y-websocket only logs it.
      provider.messageHandlers[MessageType.auth] = (_encoder, decoder) => {
        authProtocol.readAuthMessage(decoder, doc, (_doc, reason) => {
          if (links.get(docName) === link) void discard(docName, parseRefusal(reason));
        });
      };
      if (docName === options.presence) {
        provider.awareness.setLocalState({ user: connectOptions.self ?? null, cursor: null });
      } else {
        provider.awareness.setLocalState(null);
      }
      const link: DocLink = {
        provider,
        persistence,
        unsynced: false,
        everSynced: false,
        editedHere: false,
        close() {
          doc.off("update", onUpdate);
          provider.destroy();
        },
      };
      return link;
    }

    /**
     * The server holds a doc that lacks a change this copy has, and always will: drop this copy
     * (memory and IndexedDB) and load the server's, so the refused change is never sent again.
     */
    async function discard(docName: K, reason: RefusalReason): Promise<void> {
      const link = links.get(docName);
      if (!link) return;
      links.delete(docName);
      discarding.add(docName);
      link.close();
      const old = current(docName);
      docs.set(docName, new Y.Doc());
      const everSynced = link.everSynced;
      setState({
        generation: state.generation + 1,
        refusal: link.editedHere ? { reason, resynced: false } : state.refusal,
        awareness: docName === options.presence ? null : state.awareness,
      });
      old.destroy();
      // clearData resolves once IndexedDB was asked to delete the database; an open request made
      // after that waits for the delete, so the new copy starts empty.
      if (link.persistence) await link.persistence.clearData();
      else await Promise.resolve();
      discarding.delete(docName);
      if (closed) return;
      const next = openLink(docName);
      next.everSynced = everSynced;
      links.set(docName, next);
      if (online()) next.provider.connect();
      refresh();
    }

    function refresh(): void {
      const all = [...links.values()];
      const presence = options.presence === undefined ? undefined : links.get(options.presence);
      setState({
        awareness: presence?.provider.awareness ?? null,
        closeReason,
        status: deriveConnectionStatus({
          allSynced:
            all.length === order.length &&
            all.every((link) => link.provider.wsconnected && link.provider.synced),
          everSynced: all.some((link) => link.everSynced),
          hasUnsyncedChanges: all.some((link) => link.unsynced),
          closedForGood: closeReason !== null,
        }),
      });
    }

    for (const docName of order) links.set(docName, openLink(docName));
    const cleanups: (() => void)[] = [];
    // A dropped Wi-Fi leaves the socket looking open for a long time; the browser knows sooner.
    if (typeof window !== "undefined") {
      const goOffline = (): void => {
        for (const link of links.values()) link.provider.disconnect();
        refresh();
      };
      const goOnline = (): void => {
        for (const link of links.values()) link.provider.connect();
      };
      window.addEventListener("offline", goOffline);
      window.addEventListener("online", goOnline);
      cleanups.push(() => {
        window.removeEventListener("offline", goOffline);
        window.removeEventListener("online", goOnline);
      });
    }
    if (online()) for (const link of links.values()) link.provider.connect();
    refresh();

    return () => {
      closed = true;
      for (const cleanup of cleanups) cleanup();
      for (const link of links.values()) {
        link.close();
        void link.persistence?.destroy();
      }
      links.clear();
      setState({ ...INITIAL_LIVE_DOCS_STATE, generation: state.generation });
    };
  }

  return {
    doc: current,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connect,
    dismissRefusal: () => setState({ refusal: null }),
  };
}
