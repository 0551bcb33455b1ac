import Database from "better-sqlite3";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startWalCheckpointer } from "./wal-checkpointer";

const dir = mkdtempSync(path.join(tmpdir(), "wal-checkpointer-"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function walFrames(sqlite: Database.Database): number {
  const [result] = sqlite.pragma("wal_checkpoint(PASSIVE)") as { log: number }[];
  return result?.log ?? 0;
}

describe("WAL checkpointer", () => {
  it("checkpoints from its worker and keeps the log bounded under steady commits", async () => {
    const file = path.join(dir, "steady.db");
    const writer = new Database(file);
    writer.pragma("journal_mode = WAL");
    writer.pragma("synchronous = NORMAL");
    writer.pragma("wal_autocheckpoint = 0");
    writer.exec("CREATE TABLE log (id INTEGER PRIMARY KEY, body BLOB)");
    const insert = writer.prepare("INSERT INTO log (body) VALUES (?)");
    const checkpointer = startWalCheckpointer({ file, intervalMs: 5, restartAfterFrames: 200 });

    const body = Buffer.alloc(2_000, 1);
    for (let round = 0; round < 400; round++) {
      for (let i = 0; i < 5; i++) {
        insert.run(body);
        checkpointer.noteWrite();
      }
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    // 2,000 commits of a 2 kB row: well over 2,000 frames without checkpoints or restarts.
    expect(walFrames(writer)).toBeLessThan(1_000);
    expect(statSync(`${file}-wal`).size).toBeLessThan(8 * 1024 * 1024);

    await checkpointer.stop();
    expect(writer.prepare("SELECT count(*) AS n FROM log").get()).toEqual({ n: 2_000 });
    writer.close();
  });

  it("checkpoints after a write it was told of (it sleeps until told)", async () => {
    const file = path.join(dir, "noted.db");
    const writer = new Database(file);
    writer.pragma("journal_mode = WAL");
    writer.pragma("wal_autocheckpoint = 0");
    writer.exec("CREATE TABLE log (id INTEGER PRIMARY KEY, body BLOB)");
    const insert = writer.prepare("INSERT INTO log (body) VALUES (?)");
    const checkpointer = startWalCheckpointer({ file, intervalMs: 5, restartAfterFrames: 10 });
    const body = Buffer.alloc(2_000, 1);
    for (let i = 0; i < 50; i++) insert.run(body);
    expect(walFrames(writer)).toBeGreaterThanOrEqual(50);
    checkpointer.noteWrite();
    // Told once: the worker's round restarts the log, so the next commit writes from its start.
    await expect
      .poll(
        () => {
          insert.run(body);
          return walFrames(writer);
        },
        { timeout: 10_000, interval: 20 },
      )
      .toBeLessThan(50);
    await checkpointer.stop();
    writer.close();
  });

  it("reports a worker that cannot open the file, and still stops cleanly", async () => {
    const failures: Error[] = [];
    const checkpointer = startWalCheckpointer({
      file: path.join(dir, "missing", "x.db"),
      onFailure: (error) => failures.push(error),
    });
    await expect(checkpointer.stop()).resolves.toBeUndefined();
    expect(failures).toHaveLength(1);
  });
});
