import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  createTestDatabase,
  seedUser,
  seedWorkshop,
  type TestDatabase,
} from "@/lib/realtime/server/testing";
import type { DocStore } from "./doc-store";

let database: TestDatabase;
let store: DocStore;

function updateFor(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  change(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

beforeAll(async () => {
  database = createTestDatabase();
  const owner = await seedUser(database.sqlite, "owner", "Olu Owner");
  seedWorkshop(database.sqlite, "store", [{ user: owner, role: "facilitator" }]);
  const { openDocStore } = await import("./sqlite-doc-store");
  store = openDocStore();
});

afterAll(async () => {
  await store?.close();
  database.cleanup();
});

describe("doc store", () => {
  const key = { workshopId: "store", docName: "board" } as const;

  it("appends in order, reads back, and compacts into a snapshot Prisma can read", async () => {
    const doc = new Y.Doc();
    const updates = [1, 2, 3].map((n) =>
      updateFor(doc, (d) => d.getArray<number>("items").push([n])),
    );
    const ids = store.append(updates.map((update) => ({ ...key, update })));
    expect(ids).toHaveLength(3);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);

    const stored = store.read(key);
    expect(stored.snapshot).toBeNull();
    expect(stored.updates.map((row) => row.id)).toEqual(ids);

    store.compact(key, Y.encodeStateAsUpdate(doc), ids[1] ?? 0);
    const later = updateFor(doc, (d) => d.getArray<number>("items").push([4]));
    store.append([{ ...key, update: later }]);

    const afterCompaction = store.read(key);
    expect(afterCompaction.snapshot?.lastUpdateId).toBe(ids[1]);
    // The update after the snapshot's id stays, plus the one appended later.
    expect(afterCompaction.updates).toHaveLength(2);
    const reloaded = new Y.Doc();
    if (afterCompaction.snapshot) Y.applyUpdate(reloaded, afterCompaction.snapshot.state);
    for (const row of afterCompaction.updates) Y.applyUpdate(reloaded, row.update);
    expect(reloaded.getArray<number>("items").toArray()).toEqual([1, 2, 3, 4]);

    // Exports and the stakeholder page read the same rows through Prisma.
    const { db } = await import("@/lib/db");
    const snapshot = await db.docSnapshot.findUnique({
      where: { workshopId_docName: key },
      select: { lastUpdateId: true, updatedAt: true },
    });
    expect(snapshot?.lastUpdateId).toBe(ids[1]);
    expect(snapshot?.updatedAt).toBeInstanceOf(Date);
    expect(Number.isNaN(snapshot?.updatedAt.getTime())).toBe(false);
    const rows = await db.docUpdate.findMany({ where: key, select: { createdAt: true } });
    expect(rows.every((row) => !Number.isNaN(row.createdAt.getTime()))).toBe(true);
  });

  it("replaces an existing snapshot", () => {
    const doc = new Y.Doc();
    doc.getMap("m").set("a", 1);
    store.compact(key, Y.encodeStateAsUpdate(doc), 1_000_000);
    const stored = store.read(key);
    expect(stored.snapshot?.lastUpdateId).toBe(1_000_000);
    expect(stored.updates).toEqual([]);
  });
});
