import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { postgresAdapter } from "./lib/config/postgres-adapter";
import { databaseFilePath, databaseProvider, resolveDatabaseUrl } from "./lib/config/runtime-env";

// One schema and migration folder per engine (prisma/sqlite, prisma/postgres), chosen by
// DATABASE_URL's scheme. The JS schema engine works offline; the default native engine would be
// downloaded on first use.
const url = resolveDatabaseUrl();
const provider = databaseProvider(url);

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
  adapter: async () => {
    // allowExitOnIdle: the CLI exits as soon as its work is done, not after pg's 10 s idle timeout.
    if (provider === "postgres")
      return postgresAdapter(url, { allowExitOnIdle: true, idleTimeoutMillis: 200 });
    mkdirSync(path.dirname(databaseFilePath(url)), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
