// The port between the app and the running realtime server: what route handlers and server actions
// may ask of the live docs (RealtimeLiveApi), and the domain operations the server runs for them
// (LiveDocOperations, handed to createRealtimeServer by server.ts). Domain code depends on this
// file, never on lib/realtime/server. Next.js bundles route handlers into a different module graph
// than server.ts, so module state is not shared: the server registers itself on globalThis (as
// lib/db.ts caches its Prisma client).
import type * as Y from "yjs";
import type { AnyDocName, PrivateDocName } from "@/lib/realtime/protocol";

export type ServerChangeOptions<T> = {
  workshopId: string;
  docName: AnyDocName;
  /**
   * Reads and/or writes the doc; runs in one transaction. Called from another module graph (a
   * route handler's bundle), it must not create Yjs types: that bundle has its own copy of Yjs,
   * whose Y.Map the server's doc would not recognise. Domain operations that create records run
   * inside the server's graph instead (revealPrivateNotes).
   */
  change: (doc: Y.Doc) => T;
};

export type RealtimeLiveApi = {
  /**
   * Runs `change` against the live doc (loading it if no one is connected). What it changes is
   * appended to the update log and only then applied to the room, so it is relayed to every
   * connection like any client's edit. Resolves with `change`'s result once committed.
   */
  applyServerChange<T>(options: ServerChangeOptions<T>): Promise<T>;
  /** Every private doc of a workshop that is in memory or has stored state. */
  listPrivateDocs(workshopId: string): Promise<PrivateDocName[]>;
  /** Copies every member's hidden notes into the board (see lib/workshops/reveal-private-notes). */
  revealPrivateNotes(workshopId: string): Promise<{ revealed: number }>;
  /**
   * Bumps the control doc's roles version (clients reload their role), then closes the workshop's
   * connections of these users with CloseCode.roleChanged; they reconnect and the upgrade
   * authorizes their new role. Resolves with how many connections were closed.
   */
  rolesChanged(options: { workshopId: string; userIds: readonly string[] }): Promise<number>;
};

/**
 * Domain operations on live docs that the server runs inside its own module graph (they create
 * Yjs types, which must come from the server's copy of Yjs).
 */
export type LiveDocOperations = {
  /** The facilitator's reveal (lib/workshops/reveal-private-notes). */
  revealPrivateNotes(options: {
    workshopId: string;
    live: RealtimeLiveApi;
  }): Promise<{ revealed: number }>;
  /** Makes every open client reload its role (lib/documents/roles-version). */
  bumpRolesVersion(control: Y.Doc): unknown;
};

const KEY = Symbol.for("prepersonalize.realtime.liveApi");
type Holder = { [KEY]?: RealtimeLiveApi };

/** Makes `api` the process's live realtime API; returns the function that withdraws it. */
export function registerLiveApi(api: RealtimeLiveApi): () => void {
  const holder = globalThis as Holder;
  holder[KEY] = api;
  return () => {
    if (holder[KEY] === api) delete holder[KEY];
  };
}

/** The realtime server running in this process, or null (e.g. `next dev` without server.ts). */
export function liveApi(): RealtimeLiveApi | null {
  return (globalThis as Holder)[KEY] ?? null;
}
