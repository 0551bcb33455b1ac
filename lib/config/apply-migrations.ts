import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFilePath, databaseProvider } from "./runtime-env";

/**
 * Brings the database up to the committed migrations with Prisma's own deploy command (JS schema
 * engine, works offline; prisma/sqlite or prisma/postgres by DATABASE_URL's scheme). On PostgreSQL
 * several instances may deploy at once: Prisma serialises them with an advisory lock. A SQLite file
 * is then switched to WAL so readers never block the realtime writer.
 */
export function applyMigrations(): void {
  const prismaCli = path.join(process.cwd(), "node_modules", "prisma", "build", "index.js");
  const preload = path.join(process.cwd(), "scripts", "prisma-cli-unref-timers.cjs");
  execFileSync(process.execPath, ["--require", preload, prismaCli, "migrate", "deploy"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: process.env,
  });
  if (databaseProvider() !== "sqlite") return;
  const sqlite = new Database(databaseFilePath());
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
}
