import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createMetrics } from "./metrics";
import { BACKLOG_ROWS, type Persistence } from "./persistence";
import type { DocStore } from "@/lib/document-store/doc-store";
import { createTestDatabase, seedUser, seedWorkshop, type TestDatabase } from "./testing";

let database: TestDatabase;
let persistence: Persistence;
let store: DocStore;
const board = { workshopId: "p1", docName: "board" } as const;
const other = { workshopId: "p2", docName: "board" } as const;

function updateFor(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  change(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

beforeAll(async () => {
  database = createTestDatabase();
  const owner = await seedUser(database.sqlite, "owner", "Olu Owner");
  seedWorkshop(database.sqlite, "p1", [{ user: owner, role: "facilitator" }]);
  seedWorkshop(database.sqlite, "p2", [{ user: owner, role: "facilitator" }]);
  const { createPersistence } = await import("./persistence");
  const { openSqliteDocStore } = await import("@/lib/document-store/sqlite-doc-store");
  store = openSqliteDocStore();
  persistence = createPersistence({ metrics: createMetrics(), store });
});

afterAll(async () => {
  await persistence.close();
  await store.close();
  database.cleanup();
});

describe("group commit", () => {
  it("keeps a throwing callback to its own entry: the rest of the batch is applied, none failed", async () => {
    const events: string[] = [];
    const entries = [
      { address: board, label: "first" },
      { address: other, label: "throws" },
      { address: board, label: "third" },
    ];
    for (const { address, label } of entries) {
      persistence.append({
        address,
        update: updateFor(new Y.Doc(), (d) => d.getMap("notes").set(label, label)),
        onCommitted() {
          events.push(`committed ${label}`);
          if (label === "throws") throw new Error("Unexpected case");
        },
        onFailed() {
          events.push(`failed ${label}`);
        },
      });
    }
    await persistence.flush();
    expect(events).toEqual(["committed first", "committed throws", "committed third"]);
  });

  it("skips stored rows that do not apply whole", async () => {
    // A dependent chain: the second update builds on one the server never stored.
    const chained = new Y.Doc();
    updateFor(chained, (d) => d.getMap("notes").set("k", "refused"));
    const dependent = updateFor(chained, (d) => d.getMap("notes").set("k", "depends on it"));
    persistence.append({ address: board, update: dependent, onCommitted() {}, onFailed() {} });
    await persistence.flush();
    const loaded = await persistence.load(board);
    expect(loaded.doc.getMap("notes").has("k")).toBe(false);
    expect(loaded.doc.store.pendingStructs).toBeNull();
    expect(loaded.doc.getMap("notes").get("third")).toBe("third");
  });

  it("asks to stop reading once a full commit is queued, and to read again once it is committed", async () => {
    const changes: boolean[] = [];
    persistence.onBacklogChanged((backlogged) => changes.push(backlogged));
    const doc = new Y.Doc();
    let committed = 0;
    const append = (index: number) =>
      persistence.append({
        address: other,
        update: updateFor(doc, (d) => d.getMap("notes").set(`b${index}`, index)),
        onCommitted() {
          committed += 1;
        },
        onFailed() {},
      });
    for (let index = 0; index < BACKLOG_ROWS - 1; index++) append(index);
    expect(changes).toEqual([]);
    for (let index = BACKLOG_ROWS - 1; index < BACKLOG_ROWS + 10; index++) append(index);
    expect(changes).toEqual([true]);
    await persistence.flush();
    expect(changes).toEqual([true, false]);
    expect(committed).toBe(BACKLOG_ROWS + 10);
    expect(persistence.lag().pendingUpdates).toBe(0);
  });
});
