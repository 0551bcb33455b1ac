import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseFilePath, resolveDatabaseUrl } from "./lib/config/runtime-env";

// The JS schema engine works offline; the default native engine would be downloaded on first use.
export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => {
    mkdirSync(path.dirname(databaseFilePath()), { recursive: true });
    return new PrismaBetterSQLite3({ url: resolveDatabaseUrl() });
  },
});
