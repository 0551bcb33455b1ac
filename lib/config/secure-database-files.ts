import { chmodSync, closeSync, existsSync, openSync } from "node:fs";

// SQLite creates the -wal and -shm files with the main file's permissions, so owning the main
// file's mode owns all three.
const SIDE_FILES = ["", "-wal", "-shm", "-journal"];

/**
 * Creates the database file readable by its owner only (0600, like the session secret) and
 * tightens files an earlier version created 0644: they hold password hashes and every board.
 */
export function secureDatabaseFiles(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, "a", 0o600));
  for (const suffix of SIDE_FILES) {
    const candidate = `${file}${suffix}`;
    if (existsSync(candidate)) chmodSync(candidate, 0o600);
  }
}
