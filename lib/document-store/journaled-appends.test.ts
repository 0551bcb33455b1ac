import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { createTestDatabase, seedUser, seedWorkshop } from "@/lib/realtime/server/testing";
import type { DocStore } from "./doc-store";
import { updateJournalFile } from "./journaled-appends";
import { openSqliteDocStore } from "./sqlite-doc-store";
import { openUpdateJournal, readJournalFile } from "./update-journal";

const database = createTestDatabase();
const journalFile = updateJournalFile(database.file);
const ownerFile = `${journalFile}.owner`;
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

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

beforeAll(async () => {
  const owner = await seedUser(database.sqlite, "owner", "Olu Owner");
  seedWorkshop(database.sqlite, "w", [{ user: owner, role: "facilitator" }]);
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
  fs.rmSync(ownerFile, { force: true });
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
  fs.writeFileSync(ownerFile, String(deadPid()));
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
  expect(fs.readFileSync(ownerFile, "utf8")).toBe(String(process.pid));
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
  fs.writeFileSync(ownerFile, String(deadPid()));

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
  expect(fs.existsSync(ownerFile)).toBe(false);
});

it("commits to the table directly while another running process owns the journal", async () => {
  // The test runner's parent process: running, and not this one.
  fs.writeFileSync(ownerFile, String(process.ppid));
  const store = openStore();
  const ids = await store.append([
    { workshopId: "w", docName: "direct", update: new Uint8Array([6]) },
  ]);
  expect(tableRows("direct").map((row) => row.id)).toEqual(ids);
  expect(fs.existsSync(journalFile)).toBe(false);
  expect(fs.readFileSync(ownerFile, "utf8")).toBe(String(process.ppid));
});
