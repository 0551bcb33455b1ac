import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { colourForUser } from "@/lib/realtime/protocol";
import {
  connectClient,
  createTestDatabase,
  seedUser,
  seedWorkshop,
  startTestServer,
  waitFor,
  webSocketWithCookie,
  whenSynced,
  type SeededUser,
  type TestDatabase,
  type TestServer,
} from "@/lib/realtime/server/testing";
import { readPresence } from "./presence";
import { createWorkshopDocs } from "./workshop-docs";

let database: TestDatabase;
let server: TestServer;
let alice: SeededUser;
let bob: SeededUser;

beforeAll(async () => {
  database = createTestDatabase();
  alice = await seedUser(database.sqlite, "alice", "Alice");
  bob = await seedUser(database.sqlite, "bob", "Bob");
  seedWorkshop(database.sqlite, "cw", [
    { user: alice, role: "participant" },
    { user: bob, role: "observer" },
  ]);
  server = await startTestServer();
});

afterAll(async () => {
  await server.stop();
  database.sqlite.close();
  database.cleanup();
});

describe("createWorkshopDocs", () => {
  it("reports connected, reconnecting and offline-unsynced, and merges offline edits", async () => {
    const docs = createWorkshopDocs("cw");
    const disconnect = docs.connect({
      serverUrl: server.url,
      offline: false,
      WebSocketPolyfill: webSocketWithCookie(alice.cookie),
    });
    const watcher = connectClient({ url: server.url, room: "workshop/cw/board", user: bob });
    await whenSynced(watcher);
    await waitFor(() => docs.getState().status === "connected");

    const bobSees = () =>
      readPresence(watcher.provider.awareness.getStates(), watcher.doc.clientID);
    await waitFor(() => bobSees().some((peer) => peer.user.userId === "alice"));
    expect(bobSees().find((peer) => peer.user.userId === "alice")?.user).toMatchObject({
      name: "Alice",
      colour: colourForUser("alice"),
    });

    await server.restart();
    await waitFor(() => docs.getState().status === "reconnecting");
    docs.board.getMap("notes").set("offline", "written while the server was away");
    expect(docs.getState().status).toBe("offline-unsynced");

    await waitFor(() => docs.getState().status === "connected", 5_000);
    await waitFor(() => watcher.doc.getMap("notes").get("offline") !== undefined, 5_000);

    watcher.destroy();
    disconnect();
  });

  it("flags changes the server rejected", async () => {
    const docs = createWorkshopDocs("cw");
    const disconnect = docs.connect({
      serverUrl: server.url,
      offline: false,
      WebSocketPolyfill: webSocketWithCookie(bob.cookie),
    });
    await waitFor(() => docs.getState().status === "connected");
    docs.board.getMap("notes").set("nope", "observer");
    await waitFor(() => docs.getState().changesRejected);
    disconnect();
  });
});
