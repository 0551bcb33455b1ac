import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  createTestDatabase,
  seedUser,
  seedWorkshop,
  type TestDatabase,
} from "@/lib/realtime/server/testing";
import {
  createPostgresTestDatabase,
  testPostgresServer,
  type PostgresTestDatabase,
} from "@/lib/testing/test-postgres";
import type { DocStore } from "./doc-store";

// The same contract on both engines; PostgreSQL also with two stores (two app instances) at once.
const postgresServer = await testPostgresServer();

function updateFor(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  change(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

function replay(stored: Awaited<ReturnType<DocStore["read"]>>): Y.Doc {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot.state);
  for (const row of stored.updates) Y.applyUpdate(doc, row.update);
  return doc;
}

type Engine = {
  name: string;
  skip: boolean;
  open(): Promise<{ store: () => DocStore; seed(workshopId: string): Promise<void> }>;
  close(): Promise<void>;
};

let sqliteDatabase: TestDatabase | null = null;
let postgresDatabase: PostgresTestDatabase | null = null;
const opened: DocStore[] = [];

const engines: Engine[] = [
  {
    name: "SQLite",
    skip: false,
    async open() {
      sqliteDatabase = createTestDatabase();
      const database = sqliteDatabase;
      const owner = await seedUser(database.sqlite, "owner", "Olu Owner");
      const { openSqliteDocStore } = await import("./sqlite-doc-store");
      return {
        store: () => {
          const store = openSqliteDocStore(`file:${database.file}`);
          opened.push(store);
          return store;
        },
        seed: async (workshopId) =>
          seedWorkshop(database.sqlite, workshopId, [{ user: owner, role: "facilitator" }]),
      };
    },
    async close() {
      sqliteDatabase?.cleanup();
    },
  },
  {
    name: "PostgreSQL",
    skip: postgresServer === null,
    async open() {
      postgresDatabase = await createPostgresTestDatabase();
      const database = postgresDatabase;
      await database.pool.query(`INSERT INTO "User" (id, name) VALUES ('owner', 'Olu Owner')`);
      const { openPostgresDocStore } = await import("./postgres-doc-store");
      return {
        store: () => {
          const store = openPostgresDocStore(database.url);
          opened.push(store);
          return store;
        },
        seed: async (workshopId) => {
          await database.pool.query(
            `INSERT INTO "Workshop" (id, title, "createdById", "updatedAt") VALUES ($1, 'Test', 'owner', now())`,
            [workshopId],
          );
        },
      };
    },
    async close() {
      await postgresDatabase?.cleanup();
    },
  },
];

afterAll(async () => {
  for (const store of opened) await store.close();
  for (const engine of engines) if (!engine.skip) await engine.close();
});

describe.each(engines)("doc store on $name", (engine) => {
  let store: DocStore;
  let other: DocStore;
  let seed: (workshopId: string) => Promise<void>;

  beforeAll(async () => {
    if (engine.skip) return;
    const setup = await engine.open();
    store = setup.store();
    other = setup.store();
    seed = setup.seed;
    for (const id of ["store", "race", "names"]) await seed(id);
  });

  it.skipIf(engine.skip)(
    "appends in order, reads back, compacts exactly the ids folded",
    async () => {
      const key = { workshopId: "store", docName: "board" };
      const doc = new Y.Doc();
      const updates = [1, 2, 3].map((n) =>
        updateFor(doc, (d) => d.getArray<number>("items").push([n])),
      );
      const ids = await store.append(updates.map((update) => ({ ...key, update })));
      expect(ids).toHaveLength(3);
      expect([...ids].sort((a, b) => a - b)).toEqual(ids);
      const stored = await store.read(key);
      expect(stored.snapshot).toBeNull();
      expect(stored.updates.map((row) => row.id)).toEqual(ids);
      expect(await store.lastUpdateId("store")).toBe(ids[2]);

      // Fold the first and the third: the second stays (it is not in the folded set).
      const folded = new Y.Doc();
      Y.applyUpdate(folded, updates[0] ?? new Uint8Array());
      Y.applyUpdate(folded, updates[2] ?? new Uint8Array());
      await store.compact(key, Y.encodeStateAsUpdate(folded), [ids[0] ?? 0, ids[2] ?? 0]);
      const after = await store.read(key);
      expect(after.snapshot?.lastUpdateId).toBe(ids[2]);
      expect(after.updates.map((row) => row.id)).toEqual([ids[1]]);
      expect((await store.readUpdates(key)).map((row) => row.id)).toEqual([ids[1]]);
      expect(replay(after).getArray<number>("items").toArray()).toEqual([1, 2, 3]);
      expect(await store.lastUpdateId("store")).toBe(ids[2]);
    },
  );

  it.skipIf(engine.skip)(
    "keeps an update that commits after a compaction folded a later id",
    async () => {
      const key = { workshopId: "race", docName: "board" };
      const writerA = new Y.Doc();
      const writerB = new Y.Doc();
      const a1 = updateFor(writerA, (d) => d.getMap("m").set("a1", 1));
      // B's update gets a higher id and is folded by B's compaction before A's next one commits.
      await store.append([{ ...key, update: a1 }]);
      const [b1Id] = await other.append([
        { ...key, update: updateFor(writerB, (d) => d.getMap("m").set("b1", 1)) },
      ]);
      await other.compact(key, Y.encodeStateAsUpdate(writerB), [b1Id ?? 0]);
      const a2 = updateFor(writerA, (d) => d.getMap("m").set("a2", 1));
      await store.append([{ ...key, update: a2 }]);
      // A compacts its own doc (a1, a2): B's b1, folded and deleted by B, must survive the merge.
      const loaded = replay(await store.read(key));
      expect(loaded.getMap("m").toJSON()).toEqual({ a1: 1, a2: 1, b1: 1 });
      if (engine.name === "PostgreSQL") {
        await store.compact(key, Y.encodeStateAsUpdate(writerA), []);
        expect(
          replay(await other.read(key))
            .getMap("m")
            .toJSON(),
        ).toEqual({
          a1: 1,
          a2: 1,
          b1: 1,
        });
      }
    },
  );

  it.skipIf(engine.skip)("lists doc names by prefix, from snapshots and update rows", async () => {
    const doc = new Y.Doc();
    await store.append([
      {
        workshopId: "names",
        docName: "private/u1",
        update: updateFor(doc, (d) => d.getMap("x").set("k", 1)),
      },
      {
        workshopId: "names",
        docName: "board",
        update: updateFor(doc, (d) => d.getMap("x").set("j", 1)),
      },
    ]);
    await store.compact({ workshopId: "names", docName: "private/u2" }, new Uint8Array([0, 0]), []);
    expect(await store.listDocNames("names", "private/")).toEqual(["private/u1", "private/u2"]);
  });
});
