import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { createTestDatabase, seedUser, seedWorkshop } from "@/lib/realtime/server/testing";
import type { DocStore } from "./doc-store";
import { updateJournalFile } from "./journaled-appends";
import { openSqliteDocStore } from "./sqlite-doc-store";
import { openUpdateJournal, readJournalFile } from "./update-journal";

const database = createTestDatabase();
const journalFile = updateJournalFile(database.file);
const opened: DocStore[] = [];

function openStore(): DocStore {
  const store = openSqliteDocStore(`file:${database.file}`);
  opened.push(store);
  return store;
}

function tableRows(docName: string): { id: number; update: number[] }[] {
  return (
    database.sqlite
      .prepare(
        'SELECT "id", "update" FROM "DocUpdate" WHERE "workshopId" = ? AND "docName" = ? ORDER BY "id"',
      )
      .all("w", docName) as { id: number; update: Buffer }[]
  ).map((row) => ({ id: row.id, update: [...row.update] }));
}

/** Another process holding the journal's lock as a running owner does, until it is killed. */
async function otherOwner(): Promise<ChildProcess> {
  const source = `
    const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve("better-sqlite3"))});
    const lock = new Database(${JSON.stringify(`${journalFile}.lock`)});
    lock.pragma("locking_mode = EXCLUSIVE");
    lock.exec("BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS owner (pid INTEGER); COMMIT;");
    process.stdout.write("locked");
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ["-e", source], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`the other owner exited with ${code}`)));
  });
  return child;
}

beforeAll(async () => {
  const owner = await seedUser(database.sqlite, "owner", "Olu Owner");
  seedWorkshop(database.sqlite, "w", [{ user: owner, role: "facilitator" }]);
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
  fs.rmSync(journalFile, { force: true });
});

afterAll(() => database.cleanup());

it("keeps appends in the journal until a fold, and every read folds first", async () => {
  const store = openStore();
  const ids = await store.append([
    { workshopId: "w", docName: "fold", update: new Uint8Array([1]) },
    { workshopId: "w", docName: "fold", update: new Uint8Array([2]) },
  ]);
  expect(ids[1]).toBe((ids[0] ?? 0) + 1);
  // Committed: in the file, where a restart finds it; not in the table yet.
  expect(readJournalFile(journalFile).map((entry) => entry.id)).toEqual(ids);
  expect(tableRows("fold")).toEqual([]);

  const stored = await store.read({ workshopId: "w", docName: "fold" });
  expect(stored.updates.map((row) => [row.id, [...row.update]])).toEqual([
    [ids[0], [1]],
    [ids[1], [2]],
  ]);
  expect(tableRows("fold").map((row) => row.id)).toEqual(ids);
  expect(readJournalFile(journalFile)).toEqual([]);
  expect(await store.lastUpdateId("w")).toBeGreaterThanOrEqual(ids[1] ?? Infinity);
});

it("folds on its own a moment later, without any read", async () => {
  const store = openStore();
  const [id] = await store.append([
    { workshopId: "w", docName: "timer", update: new Uint8Array([5]) },
  ]);
  await expect
    .poll(() => tableRows("timer").map((row) => row.id), { timeout: 3_000 })
    .toEqual([id]);
  expect(readJournalFile(journalFile)).toEqual([]);
});

it("folds what a killed process journaled when the next store opens: torn tail and deleted workshops dropped", () => {
  const left = openUpdateJournal(journalFile);
  const at = Date.now();
  left.append([
    {
      id: 900_001,
      workshopId: "w",
      docName: "crash",
      update: new Uint8Array([1]),
      createdAtMs: at,
    },
    {
      id: 900_002,
      workshopId: "deleted",
      docName: "crash",
      update: new Uint8Array([2]),
      createdAtMs: at,
    },
    {
      id: 900_003,
      workshopId: "w",
      docName: "crash",
      update: new Uint8Array([3]),
      createdAtMs: at,
    },
  ]);
  left.close();
  // The start of a record whose write the kill cut short.
  fs.appendFileSync(journalFile, Buffer.from([40, 0, 0, 0, 1, 2]));

  openStore();
  expect(tableRows("crash")).toEqual([
    { id: 900_001, update: [1] },
    { id: 900_003, update: [3] },
  ]);
  expect(readJournalFile(journalFile)).toEqual([]);
});

it("folds the same entries twice harmlessly (a kill between a fold's commit and the truncation)", async () => {
  const store = openStore();
  const ids = await store.append([
    { workshopId: "w", docName: "twice", update: new Uint8Array([7]) },
  ]);
  const bytes = fs.readFileSync(journalFile);
  await store.settle();
  await store.close();
  fs.writeFileSync(journalFile, bytes);

  openStore();
  expect(tableRows("twice")).toEqual([{ id: ids[0], update: [7] }]);
});

it("never hands out an id another connection's AUTOINCREMENT insert took, or takes one of its own", async () => {
  const store = openStore();
  const first = await store.append([
    { workshopId: "w", docName: "ids", update: new Uint8Array([1]) },
  ]);
  const direct = Number(
    database.sqlite
      .prepare(
        `INSERT INTO "DocUpdate" ("workshopId", "docName", "update", "createdAt") VALUES ('w', 'ids', x'02', '2026-12-02T00:00:00.000+00:00')`,
      )
      .run().lastInsertRowid,
  );
  const second = await store.append([
    { workshopId: "w", docName: "ids", update: new Uint8Array([3]) },
  ]);
  await store.settle();
  const ids = tableRows("ids").map((row) => row.id);
  expect(new Set(ids).size).toBe(3);
  expect(ids).toEqual(expect.arrayContaining([...first, direct, ...second]));
});

it("shares one journal between the stores of a process: either one reads what the other appended", async () => {
  const writer = openStore();
  const reader = openStore();
  const ids = await writer.append([
    { workshopId: "w", docName: "shared", update: new Uint8Array([4]) },
  ]);
  const stored = await reader.readUpdates({ workshopId: "w", docName: "shared" });
  expect(stored.map((row) => row.id)).toEqual(ids);

  await writer.close();
  opened.splice(opened.indexOf(writer), 1);
  const more = await reader.append([
    { workshopId: "w", docName: "shared", update: new Uint8Array([5]) },
  ]);
  expect(readJournalFile(journalFile).map((entry) => entry.id)).toEqual(more);
  await reader.close();
  opened.splice(opened.indexOf(reader), 1);
  // The last store out folds, removes the journal and gives up ownership.
  expect(tableRows("shared").map((row) => row.id)).toEqual([...ids, ...more]);
  expect(fs.existsSync(journalFile)).toBe(false);
});

it("commits to the table directly while another running process owns the journal, and takes over once it is killed", async () => {
  const other = await otherOwner();
  const store = openStore();
  const ids = await store.append([
    { workshopId: "w", docName: "direct", update: new Uint8Array([6]) },
  ]);
  expect(tableRows("direct").map((row) => row.id)).toEqual(ids);
  expect(fs.existsSync(journalFile)).toBe(false);
  await store.close();
  opened.splice(opened.indexOf(store), 1);

  // Killed: the kernel drops its lock, and whatever it journaled is folded by the next store.
  const left = openUpdateJournal(journalFile);
  left.append([
    {
      id: 950_001,
      workshopId: "w",
      docName: "direct",
      update: new Uint8Array([8]),
      createdAtMs: Date.now(),
    },
  ]);
  left.close();
  const gone = new Promise((resolve) => other.once("exit", resolve));
  other.kill("SIGKILL");
  await gone;
  const next = openStore();
  expect(tableRows("direct").map((row) => row.id)).toEqual([...ids, 950_001]);
  const more = await next.append([
    { workshopId: "w", docName: "direct", update: new Uint8Array([9]) },
  ]);
  expect(readJournalFile(journalFile).map((entry) => entry.id)).toEqual(more);
});
