import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFilePath } from "./runtime-env";

/**
 * Brings the database up to the committed migrations with Prisma's own deploy command (JS schema
 * engine, works offline), then switches the file to WAL so readers never block the realtime writer.
 */
export function applyMigrations(): void {
  const prismaCli = path.join(process.cwd(), "node_modules", "prisma", "build", "index.js");
  execFileSync(process.execPath, [prismaCli, "migrate", "deploy"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: process.env,
  });
  const sqlite = new Database(databaseFilePath());
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
}
