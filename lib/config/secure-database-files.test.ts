import Database from "better-sqlite3";
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { secureDatabaseFiles } from "./secure-database-files";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const mode = (file: string) => statSync(file).mode & 0o777;

describe("secureDatabaseFiles", () => {
  it("creates the database 0600, and SQLite's WAL and shared-memory files follow it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "prepersonalize-modes-"));
    dirs.push(dir);
    const file = path.join(dir, "app.db");
    secureDatabaseFiles(file);
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    for (const name of [file, `${file}-wal`, `${file}-shm`]) expect(mode(name), name).toBe(0o600);
    sqlite.close();
  });

  it("tightens files an earlier version left readable by everyone", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "prepersonalize-modes-"));
    dirs.push(dir);
    const file = path.join(dir, "app.db");
    writeFileSync(file, "");
    writeFileSync(`${file}-wal`, "");
    chmodSync(file, 0o644);
    chmodSync(`${file}-wal`, 0o644);
    secureDatabaseFiles(file);
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
  });
});
