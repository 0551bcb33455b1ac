// The process's document store, for code in Next's module graph (route handlers, server actions,
// pages). server.ts opens one store, passes it to the realtime server and registers it here; Next
// bundles routes into a different module graph than server.ts, so the store is held on globalThis
// (as lib/realtime/live-api.ts holds the live API and lib/db.ts its Prisma client).
import { resolveDatabaseUrl } from "@/lib/config/runtime-env";
import type { DocStore } from "./doc-store";
import { openDocStore } from "./open-doc-store";

const KEY = Symbol.for("prepersonalize.documentStore");
type Holder = { [KEY]?: { store: DocStore; url: string | null } };

/** Makes `store` the process's document store; returns the function that withdraws it. */
export function registerDocStore(store: DocStore): () => void {
  const holder = globalThis as Holder;
  const entry = { store, url: null };
  holder[KEY] = entry;
  return () => {
    if (holder[KEY] === entry) delete holder[KEY];
  };
}

/**
 * The registered store; without server.ts (`next dev`, tools, tests) one opened on first use for
 * DATABASE_URL (reopened if DATABASE_URL changes, as each test file makes its own database).
 */
export function documentStore(): DocStore {
  const holder = globalThis as Holder;
  const current = holder[KEY];
  const url = resolveDatabaseUrl();
  if (current && (current.url === null || current.url === url)) return current.store;
  if (current) void current.store.close().catch(() => undefined);
  // A reader's store leaves checkpoints to SQLite and commits directly: the realtime server's store
  // runs the checkpoint worker and owns the update journal.
  const store = openDocStore(url, { walCheckpointer: false, updateJournal: false });
  holder[KEY] = { store, url };
  return store;
}
