import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, seedUser, seedWorkshop } from "@/lib/realtime/server/testing";
import { openSqliteDocStore } from "./sqlite-doc-store";

const database = createTestDatabase();
const store = openSqliteDocStore(`file:${database.file}`);

beforeAll(async () => {
  const owner = await seedUser(database.sqlite, "owner", "Olu Owner");
  seedWorkshop(database.sqlite, "w", [{ user: owner, role: "facilitator" }]);
});

afterAll(async () => {
  await store.close();
  database.cleanup();
});

it("stores a view's own bytes and Prisma's DateTime text, one id per row in order", async () => {
  // A view into a larger buffer, as updates copied off a socket arrive.
  const backing = new Uint8Array([9, 9, 1, 2, 3, 9]);
  const before = Date.now();
  const ids = await store.append([
    { workshopId: "w", docName: "board", update: backing.subarray(2, 5) },
    { workshopId: "w", docName: "board", update: new Uint8Array([4]) },
  ]);
  await store.settle();
  const rows = database.sqlite
    .prepare(
      'SELECT "id", "update", "createdAt" FROM "DocUpdate" WHERE "id" IN (?, ?) ORDER BY "id"',
    )
    .all(ids[0], ids[1]) as { id: number; update: Buffer; createdAt: string }[];
  expect(rows.map((row) => row.id)).toEqual(ids);
  expect(ids[1]).toBe((ids[0] ?? 0) + 1);
  expect(rows.map((row) => [...row.update])).toEqual([[1, 2, 3], [4]]);
  for (const row of rows) {
    expect(row.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
    const written = Date.parse(row.createdAt);
    expect(written).toBeGreaterThanOrEqual(before);
    expect(written).toBeLessThanOrEqual(Date.now());
  }
});

it("returns each row's own id, in order, for a batch across several docs", async () => {
  const updates = Array.from({ length: 37 }, (_, index) => new Uint8Array([index]));
  const ids = await store.append(
    updates.map((update, index) => ({ workshopId: "w", docName: `doc-${index % 3}`, update })),
  );
  await store.settle();
  const rows = database.sqlite
    .prepare('SELECT "id", "docName", "update" FROM "DocUpdate" WHERE "id" >= ? ORDER BY "id"')
    .all(ids[0]) as { id: number; docName: string; update: Buffer }[];
  expect(rows.map((row) => row.id)).toEqual(ids);
  expect(rows.map((row) => [row.docName, row.update[0]])).toEqual(
    updates.map((_, index) => [`doc-${index % 3}`, index]),
  );
});
