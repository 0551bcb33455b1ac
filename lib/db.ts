import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";
import path from "node:path";
import { postgresAdapter } from "@/lib/config/postgres-adapter";
import { databaseProvider } from "@/lib/config/runtime-env";

// server.ts always sets DATABASE_URL (see lib/config/runtime-env.ts); the fallback is the same
// default, relative to the working directory, for tools that import this module directly.
const DEFAULT_DATABASE_URL = "file:./data/prepersonalize.db";

// The custom server and Next.js's server bundle load this module separately within one process;
// caching on globalThis gives both the same client and connection.
const cache = globalThis as unknown as { prepersonalizeDb?: PrismaClient };

type PrismaClientClass = new (options: { adapter: unknown }) => PrismaClient;

/**
 * PostgreSQL has its own generated client (prisma/postgres/schema.prisma, generated next to the
 * SQLite one in node_modules/.prisma). Its models and queries are the SQLite client's, so it is used
 * under the same type. Loaded at run time by path, so Next's bundler leaves it alone.
 */
function postgresClientClass(): PrismaClientClass {
  const moduleApi = process.getBuiltinModule("node:module");
  const require = moduleApi.createRequire(path.join(process.cwd(), "package.json"));
  const generated = path.join(process.cwd(), "node_modules", ".prisma", "postgres-client");
  return (require(generated) as { PrismaClient: PrismaClientClass }).PrismaClient;
}

function createClient(): PrismaClient {
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  if (databaseProvider(url) === "postgres") {
    const PostgresClient = postgresClientClass();
    return new PostgresClient({ adapter: postgresAdapter(url) });
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

export const db: PrismaClient = (cache.prepersonalizeDb ??= createClient());

/**
 * Per-connection SQLite settings. WAL (set once on the file at start) with synchronous=NORMAL keeps
 * every committed transaction across a process crash while committing far faster than FULL.
 * PostgreSQL needs nothing here.
 */
export async function tuneDatabaseConnection(): Promise<void> {
  if (databaseProvider(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL) !== "sqlite") return;
  await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
}
