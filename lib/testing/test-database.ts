// Test support: a real, migrated SQLite file per test file. Not imported by production code.
import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const TEST_SECRET = "test-secret-for-unit-tests-0123456789abcdef";

export type TestDatabase = { file: string; sqlite: Database.Database; cleanup(): void };

/**
 * Creates a temp database with every committed migration applied and points DATABASE_URL and
 * NEXTAUTH_SECRET at it. Call before the first import of lib/db (use dynamic imports).
 */
export function createTestDatabase(): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), "prepersonalize-test-"));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  const migrations = path.join(process.cwd(), "prisma", "sqlite", "migrations");
  for (const name of readdirSync(migrations).sort()) {
    if (name.endsWith(".toml")) continue;
    sqlite.exec(readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  }
  process.env.DATABASE_URL = `file:${file}`;
  process.env.NEXTAUTH_SECRET = TEST_SECRET;
  return {
    file,
    sqlite,
    cleanup: () => {
      sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
