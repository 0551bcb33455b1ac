import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";
import { resolveDatabaseUrl } from "@/lib/config/runtime-env";

// The custom server and Next.js's server bundle load this module separately within one process;
// caching on globalThis gives both the same client and connection.
const cache = globalThis as unknown as { prepersonalizeDb?: PrismaClient };

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: resolveDatabaseUrl() }) });
}

export const db: PrismaClient = (cache.prepersonalizeDb ??= createClient());
