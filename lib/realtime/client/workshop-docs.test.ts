import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { colourForUser } from "@/lib/realtime/protocol";
import { setBoardLock } from "@/lib/documents/set-board-lock";
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
import { transactLocal } from "@/lib/documents/undo";
import { createWorkshopDocs } from "./workshop-docs";

let database: TestDatabase;
let server: TestServer;
let alice: SeededUser;
let bob: SeededUser;
let carol: SeededUser;

beforeAll(async () => {
  database = createTestDatabase();
  alice = await seedUser(database.sqlite, "alice", "Alice");
  bob = await seedUser(database.sqlite, "bob", "Bob");
  carol = await seedUser(database.sqlite, "carol", "Carol");
  seedWorkshop(database.sqlite, "cw", [
    { user: alice, role: "participant" },
    { user: bob, role: "observer" },
  ]);
  seedWorkshop(database.sqlite, "rw", [
    { user: carol, role: "facilitator" },
    { user: alice, role: "participant" },
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

  it("tells an observer which edit was refused and replaces the doc with the server's", async () => {
    const docs = createWorkshopDocs("cw");
    const disconnect = docs.connect({
      serverUrl: server.url,
      offline: false,
      disableBc: true,
      WebSocketPolyfill: webSocketWithCookie(bob.cookie),
    });
    await waitFor(() => docs.getState().status === "connected");
    expect(docs.getState().refusal).toBeNull();
    const refusedDoc = docs.board;
    transactLocal(docs.board, () => docs.board.getMap("notes").set("nope", "observer"));
    await waitFor(() => docs.getState().refusal?.resynced === true);
    expect(docs.getState().refusal?.reason).toBe("read-only");
    expect(docs.getState().generation).toBe(1);
    expect(docs.board).not.toBe(refusedDoc);
    expect(docs.board.getMap("notes").get("nope")).toBeUndefined();
    docs.dismissRefusal();
    expect(docs.getState().refusal).toBeNull();
    disconnect();
  });

  it("silently replaces a stale copy it did not edit here (an offline replay), with no refusal", async () => {
    const docs = createWorkshopDocs("cw");
    // Loaded before connecting, as IndexedDB would: state the server never accepted.
    docs.board.getMap("notes").set("stale", "from an old offline copy");
    const disconnect = docs.connect({
      serverUrl: server.url,
      offline: false,
      disableBc: true,
      WebSocketPolyfill: webSocketWithCookie(bob.cookie),
    });
    await waitFor(() => docs.getState().generation === 1 && docs.getState().status === "connected");
    expect(docs.board.getMap("notes").get("stale")).toBeUndefined();
    expect(docs.getState().refusal).toBeNull();
    disconnect();
  });

  it("drops a change refused during a lock for good: resyncs, and a reconnect never resends it", async () => {
    const control = connectClient({ url: server.url, room: "workshop/rw/control", user: carol });
    const watcher = connectClient({ url: server.url, room: "workshop/rw/board", user: carol });
    await Promise.all([whenSynced(control), whenSynced(watcher)]);
    watcher.doc.getMap("notes").set("shared", "agreed before the lock");

    const docs = createWorkshopDocs("rw");
    const disconnect = docs.connect({
      serverUrl: server.url,
      offline: false,
      disableBc: true,
      WebSocketPolyfill: webSocketWithCookie(alice.cookie),
    });
    const aliceNotes = () => docs.board.getMap("notes");
    await waitFor(() => aliceNotes().get("shared") === "agreed before the lock");
    setBoardLock(control.doc, { locked: true });
    await waitFor(() => docs.control.getMap("control").get("locked") === true);

    // What Ctrl+Z did during a lock before the fix: a local edit the server must refuse.
    transactLocal(docs.board, () => aliceNotes().set("shared", "reverted during the lock"));
    await waitFor(() => docs.getState().refusal?.resynced === true);
    expect(docs.getState().refusal?.reason).toBe("locked");
    expect(aliceNotes().toJSON()).toEqual(watcher.doc.getMap("notes").toJSON());

    setBoardLock(control.doc, { locked: false });
    await waitFor(() => docs.control.getMap("control").get("locked") === false);
    await server.restart();
    await waitFor(() => docs.getState().status === "reconnecting");
    await waitFor(() => docs.getState().status === "connected", 5_000);
    transactLocal(docs.board, () => aliceNotes().set("later", "accepted after the unlock"));
    await waitFor(() => watcher.doc.getMap("notes").get("later") !== undefined, 5_000);
    expect(watcher.doc.getMap("notes").get("shared")).toBe("agreed before the lock");
    expect(aliceNotes().get("shared")).toBe("agreed before the lock");

    control.destroy();
    watcher.destroy();
    disconnect();
  });
});
