import { databaseProvider, resolveDatabaseUrl } from "@/lib/config/runtime-env";
import type { DocStore } from "./doc-store";
import { openPostgresDocStore } from "./postgres-doc-store";
import { openSqliteDocStore, type SqliteDocStoreOptions } from "./sqlite-doc-store";

/** The document store for DATABASE_URL: PostgreSQL for postgres:// URLs, else the SQLite file. */
export function openDocStore(
  url: string = resolveDatabaseUrl(),
  options: SqliteDocStoreOptions = {},
): DocStore {
  return databaseProvider(url) === "postgres"
    ? openPostgresDocStore(url)
    : openSqliteDocStore(url, options);
}
