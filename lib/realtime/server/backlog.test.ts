import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { WebSocket } from "ws";
import { BACKLOG_ROWS } from "./persistence";
import {
  connectClient,
  createTestDatabase,
  openRawSocket,
  seedUser,
  seedWorkshop,
  startTestServer,
  waitFor,
  whenSynced,
  type SeededUser,
  type TestClient,
  type TestDatabase,
  type TestServer,
  updateFrame,
} from "./testing";

// Behind a full commit queue the server stops reading its sockets; every socket must read again
// once the queue drains, and nothing sent meanwhile may be lost.

const WRITERS = 8;
const UPDATES_PER_WRITER = Math.ceil((BACKLOG_ROWS * 1.5) / WRITERS);

let database: TestDatabase;
let server: TestServer;
let member: SeededUser;
const clients: TestClient[] = [];
const sockets: WebSocket[] = [];

function notesOf(client: TestClient): Y.Map<unknown> {
  return client.doc.getMap("notes");
}

function nextUpdate(doc: Y.Doc, key: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getMap("notes").set(key, key);
  return Y.encodeStateAsUpdate(doc, before);
}

beforeAll(async () => {
  database = createTestDatabase();
  member = await seedUser(database.sqlite, "bk-user", "Bea Burst");
  seedWorkshop(database.sqlite, "bk", [{ user: member, role: "participant" }]);
  // Far above a genuine client's rates: this test is about the commit queue, not the limits.
  server = await startTestServer({
    messagesPerSecond: 20_000,
    messageBurst: 20_000,
    updateBytesPerSecond: 64 * 1024 * 1024,
    updateBurstBytes: 64 * 1024 * 1024,
  });
});

afterAll(async () => {
  for (const ws of sockets) ws.close();
  for (const client of clients) client.destroy();
  await server.stop();
  database.sqlite.close();
  database.cleanup();
});

describe("a burst larger than one group commit", () => {
  it("pauses reading, reads every socket again once committed, and loses nothing", async () => {
    const room = "workshop/bk/board";
    const watcher = connectClient({ url: server.url, room, user: member });
    const bystander = connectClient({ url: server.url, room, user: member });
    clients.push(watcher, bystander);
    await Promise.all([whenSynced(watcher), whenSynced(bystander)]);
    const writers = await Promise.all(
      Array.from({ length: WRITERS }, () => openRawSocket(`${server.url}/${room}`, member.cookie)),
    );
    sockets.push(...writers);
    const docs = writers.map(() => new Y.Doc());
    const sent: string[] = [];
    // All in one tick: the server reads them in one pass of its event loop.
    for (let n = 0; n < UPDATES_PER_WRITER; n++) {
      for (const [index, ws] of writers.entries()) {
        const key = `w${index}-${n}`;
        ws.send(updateFrame(nextUpdate(docs[index] as Y.Doc, key)));
        sent.push(key);
      }
    }
    await waitFor(() => sent.every((key) => notesOf(watcher).has(key)), 20_000);
    const health = server.realtime.health();
    expect(health.persistence.readPauses).toBeGreaterThan(0);
    expect(health.persistence.pendingUpdates).toBe(0);
    expect(health.closedByCode).toEqual({});

    // Every socket reads again: the bystander (connected before the burst) and each writer.
    notesOf(bystander).set("after-burst", "bystander");
    for (const [index, ws] of writers.entries()) {
      const key = `w${index}-after`;
      ws.send(updateFrame(nextUpdate(docs[index] as Y.Doc, key)));
      sent.push(key);
    }
    await waitFor(
      () => notesOf(watcher).has("after-burst") && sent.every((key) => notesOf(watcher).has(key)),
      5_000,
    );

    await waitFor(() => server.realtime.health().persistence.pendingUpdates === 0);
    // Reloaded from the store: what was relayed was stored.
    await server.restart();
    const fresh = connectClient({ url: server.url, room, user: member });
    clients.push(fresh);
    await whenSynced(fresh);
    expect(notesOf(fresh).size).toBe(sent.length + 1);
  }, 40_000);
});
