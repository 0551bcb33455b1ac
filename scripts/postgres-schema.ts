// prisma/postgres/schema.prisma is generated from prisma/sqlite/schema.prisma: the models are the
// same, only the datasource (and where the client is generated) differs. After changing the SQLite
// schema: `npx tsx scripts/postgres-schema.ts`, then add a migration to each folder (DEVELOPERS.md).
// scripts/postgres-schema.test.ts fails when the two drift apart.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SQLITE_SCHEMA = "prisma/sqlite/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";

const DATASOURCE = /datasource db \{[^}]*\}/;
const GENERATOR = /generator client \{[^}]*\}/;

export function postgresSchemaFrom(sqlite: string): string {
  if (!DATASOURCE.test(sqlite) || !GENERATOR.test(sqlite)) {
    throw new Error(`${SQLITE_SCHEMA} has no datasource db or generator client block`);
  }
  return [
    "// GENERATED from prisma/sqlite/schema.prisma by scripts/postgres-schema.ts: do not edit.",
    sqlite
      .replace(
        DATASOURCE,
        [
          "datasource db {",
          '  provider = "postgresql"',
          '  url      = "postgresql://placeholder@localhost/placeholder"',
          "}",
        ].join("\n"),
      )
      .replace(
        GENERATOR,
        [
          "generator client {",
          '  provider   = "prisma-client-js"',
          '  engineType = "client"',
          "  // Its own client next to the SQLite one; lib/db.ts loads it when DATABASE_URL is postgres://.",
          '  output     = "../../node_modules/.prisma/postgres-client"',
          "}",
        ].join("\n"),
      ),
  ].join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(POSTGRES_SCHEMA, postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8")));
  console.log(`wrote ${POSTGRES_SCHEMA}`);
}
