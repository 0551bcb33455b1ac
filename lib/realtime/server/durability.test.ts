import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  connectClient,
  countUpdates,
  createTestDatabase,
  seedUser,
  seedWorkshop,
  sleep,
  startTestServer,
  waitFor,
  whenSynced,
  type SeededUser,
  type TestDatabase,
} from "./testing";

let database: TestDatabase;
let participant: SeededUser;

function snapshotRow(workshopId: string, docName: string): { lastUpdateId: number } | undefined {
  return database.sqlite
    .prepare("SELECT lastUpdateId FROM DocSnapshot WHERE workshopId = ? AND docName = ?")
    .get(workshopId, docName) as { lastUpdateId: number } | undefined;
}

beforeAll(async () => {
  database = createTestDatabase();
  participant = await seedUser(database.sqlite, "par", "Pat Participant");
  for (const id of ["restart", "compact"]) {
    seedWorkshop(database.sqlite, id, [{ user: participant, role: "participant" }]);
  }
});

afterAll(() => {
  database.sqlite.close();
  database.cleanup();
});

describe("durability", () => {
  it("reloads snapshot plus later updates in a new server instance", async () => {
    const room = "workshop/restart/board";
    const first = await startTestServer();
    const a = connectClient({ url: first.url, room, user: participant });
    await whenSynced(a);
    for (let i = 0; i < 20; i++) a.doc.getArray<number>("items").push([i]);
    await waitFor(() => countUpdates(database.sqlite, "restart", "board") === 20);
    a.destroy();
    await first.stop();
    expect(snapshotRow("restart", "board")).toBeDefined();
    expect(countUpdates(database.sqlite, "restart", "board")).toBe(0);

    // The second instance keeps its client connected, so its updates stay in the log uncompacted.
    const second = await startTestServer({ compactEveryUpdates: 1_000 });
    const b = connectClient({ url: second.url, room, user: participant });
    await whenSynced(b);
    expect(b.doc.getArray("items").length).toBe(20);
    b.doc.getArray<number>("items").push([20]);
    b.doc.getMap("notes").set("late", "after the snapshot");
    await waitFor(() => countUpdates(database.sqlite, "restart", "board") === 2);

    const third = await startTestServer();
    const c = connectClient({ url: third.url, room, user: participant });
    await whenSynced(c);
    expect(c.doc.getArray("items").toArray()).toEqual(Array.from({ length: 21 }, (_, i) => i));
    expect(c.doc.getMap("notes").get("late")).toBe("after the snapshot");
    for (const client of [b, c]) client.destroy();
    await Promise.all([second.stop(), third.stop()]);
  });

  it("compacts after enough updates and when a room empties without losing state", async () => {
    const room = "workshop/compact/board";
    const server = await startTestServer({ compactEveryUpdates: 10 });
    const writer = connectClient({ url: server.url, room, user: participant });
    await whenSynced(writer);
    const text = writer.doc.getText("title");
    for (let i = 0; i < 25; i++) {
      text.insert(text.length, `${i % 10}`);
      // Separate ticks, so the updates land in separate commits and compaction runs mid-stream.
      await sleep(5);
    }
    await waitFor(() => countUpdates(database.sqlite, "compact", "board") === 5);
    expect(snapshotRow("compact", "board")?.lastUpdateId).toBeGreaterThan(0);

    writer.destroy();
    await waitFor(() => countUpdates(database.sqlite, "compact", "board") === 0);
    await waitFor(() => server.realtime.health().persistence.compactions >= 2);

    const reader = connectClient({ url: server.url, room, user: participant });
    await whenSynced(reader);
    expect(reader.doc.getText("title").toString()).toBe("0123456789012345678901234");
    reader.destroy();
    await server.stop();
  });

  it("evicts idle rooms from memory", async () => {
    const server = await startTestServer({ idleEvictMs: 0, sweepIntervalMs: 20 });
    const client = connectClient({
      url: server.url,
      room: "workshop/compact/control",
      user: participant,
    });
    await whenSynced(client);
    expect(server.realtime.health().workshopsInMemory).toBe(1);
    client.destroy();
    await waitFor(() => server.realtime.health().workshopsInMemory === 0);
    await server.stop();
  });
});
