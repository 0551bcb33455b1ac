import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";

// server.ts always sets DATABASE_URL (see lib/config/runtime-env.ts); the fallback is the same
// default, relative to the working directory, for tools that import this module directly.
const DEFAULT_DATABASE_URL = "file:./data/prepersonalize.db";

// The custom server and Next.js's server bundle load this module separately within one process;
// caching on globalThis gives both the same client and connection.
const cache = globalThis as unknown as { prepersonalizeDb?: PrismaClient };

function createClient(): PrismaClient {
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

export const db: PrismaClient = (cache.prepersonalizeDb ??= createClient());

/**
 * Per-connection SQLite settings. WAL (set once on the file at start) with synchronous=NORMAL keeps
 * every committed transaction across a process crash while committing far faster than FULL.
 */
export async function tuneDatabaseConnection(): Promise<void> {
  await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
}
