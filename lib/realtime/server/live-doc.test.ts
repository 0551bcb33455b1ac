import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import type WebSocket from "ws";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseCode, MessageType } from "@/lib/realtime/protocol";
import type { DocStore } from "@/lib/document-store/doc-store";
import { openDocStore } from "@/lib/document-store/open-doc-store";
import {
  collectRefusals,
  connectClient,
  countUpdates,
  createTestDatabase,
  openRawSocket,
  seedUser,
  seedWorkshop,
  sleep,
  startTestServer,
  updateFrame,
  waitFor,
  whenSynced,
  type SeededUser,
  type TestClient,
  type TestDatabase,
  type TestServer,
} from "./testing";
import { cyclicOriginsUpdate } from "./testing-updates";

// One live doc per room: a client update is applied when accepted and relayed after its commit.
// What the doc holds uncommitted must reach nobody else, and a doc that holds what the store does
// not is dropped and reloaded.

let database: TestDatabase;
let server: TestServer;
let store: DocStore;
let writer: SeededUser;
let viewer: SeededUser;
const sockets: WebSocket[] = [];
const clients: TestClient[] = [];

/** The real store, whose commits a test can hold back or make fail. */
const commits = { held: null as Promise<void> | null, failing: false };
function controlledStore(real: DocStore): DocStore {
  return {
    ...real,
    async append(rows) {
      if (commits.held) await commits.held;
      if (commits.failing) throw new Error("disk full");
      return real.append(rows);
    },
  };
}

function holdCommits(): () => void {
  let release = () => {};
  commits.held = new Promise((resolve) => {
    release = resolve;
  });
  return () => {
    commits.held = null;
    release();
  };
}

beforeAll(async () => {
  database = createTestDatabase();
  writer = await seedUser(database.sqlite, "wri", "Wren Writer");
  viewer = await seedUser(database.sqlite, "vie", "Vi Viewer");
  for (const id of ["q1", "f1", "c1"]) {
    seedWorkshop(database.sqlite, id, [
      { user: writer, role: "participant" },
      { user: viewer, role: "observer" },
    ]);
  }
  store = openDocStore();
  server = await startTestServer({ docStore: controlledStore(store) });
});

afterEach(() => {
  commits.failing = false;
});

afterAll(async () => {
  for (const socket of sockets) socket.terminate();
  for (const client of clients) client.destroy();
  await server.stop();
  await store.close();
  database.sqlite.close();
  database.cleanup();
});

/** A raw socket recording, for each sync message that brings content, the stored row count then. */
async function recorder(room: string, user: SeededUser, workshopId: string) {
  const socket = await openRawSocket(`${server.url}/${room}`, user.cookie);
  sockets.push(socket);
  const doc = new Y.Doc();
  const received: { kind: number; hasNote: boolean; rowsStored: number }[] = [];
  socket.on("message", (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== MessageType.sync) return;
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsSyncStep1) return;
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
    received.push({
      kind,
      hasNote: doc.getMap("notes").has("queued"),
      rowsStored: countUpdates(database.sqlite, workshopId, "board"),
    });
  });
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  socket.send(encoding.toUint8Array(encoder));
  return { socket, doc, received };
}

function noteUpdate(clientId: number, key: string): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  doc.getMap("notes").set(key, key);
  return Y.encodeStateAsUpdate(doc);
}

describe("an update waiting for its commit", () => {
  it("reaches a reader who connects meanwhile only after its row is committed", async () => {
    const first = await recorder("workshop/q1/board", viewer, "q1");
    await waitFor(() => first.received.length > 0);
    const socket = await openRawSocket(`${server.url}/workshop/q1/board`, writer.cookie);
    sockets.push(socket);
    const release = holdCommits();
    socket.send(updateFrame(noteUpdate(501, "queued")));
    await waitFor(() => server.realtime.health().persistence.pendingUpdates === 1);

    // Connects while the update is in the live doc but not in the store.
    const late = await recorder("workshop/q1/board", viewer, "q1");
    await sleep(100);
    expect(late.received).toEqual([]);
    expect(first.doc.getMap("notes").has("queued")).toBe(false);

    release();
    await waitFor(() => late.doc.getMap("notes").has("queued"));
    await waitFor(() => first.doc.getMap("notes").has("queued"));
    // Its sync reply waited for the commit (sent right after the committed batch's relay).
    await waitFor(() =>
      late.received.some((entry) => entry.kind === syncProtocol.messageYjsSyncStep2),
    );
    expect(late.received[0]).toMatchObject({ hasNote: true, rowsStored: 1 });
    for (const entry of [...late.received, ...first.received]) {
      if (entry.hasNote) expect(entry.rowsStored).toBe(1);
    }
  });
});

describe("a doc that holds what the store does not", () => {
  it("is dropped when a commit fails: both clients reconnect and the write is stored once", async () => {
    const room = "workshop/f1/board";
    const author = connectClient({ url: server.url, room, user: writer });
    const other = connectClient({ url: server.url, room, user: writer });
    clients.push(author, other);
    await Promise.all([whenSynced(author), whenSynced(other)]);
    const closes: number[] = [];
    for (const client of [author, other]) {
      client.provider.on("connection-close", (event: CloseEvent | null) => {
        if (event) closes.push(event.code);
      });
    }
    let seenBeforeStored = false;
    other.doc.getMap("notes").observe(() => {
      if (countUpdates(database.sqlite, "f1", "board") === 0) seenBeforeStored = true;
    });

    commits.failing = true;
    author.doc.getMap("notes").set("lost?", "no");
    await waitFor(() => closes.length >= 2);
    expect(closes).toEqual([CloseCode.persistenceFailed, CloseCode.persistenceFailed]);
    expect(countUpdates(database.sqlite, "f1", "board")).toBe(0);

    // The clients reconnect to a doc reloaded from the store; the author resends its write.
    commits.failing = false;
    await waitFor(() => other.doc.getMap("notes").get("lost?") === "no", 5_000);
    expect(seenBeforeStored).toBe(false);
    expect(countUpdates(database.sqlite, "f1", "board")).toBe(1);
    const fresh = connectClient({ url: server.url, room, user: viewer });
    clients.push(fresh);
    await whenSynced(fresh);
    expect(fresh.doc.getMap("notes").toJSON()).toEqual({ "lost?": "no" });
  });

  it("refuses an update whose items cannot integrate, and nobody else is disconnected", async () => {
    const room = "workshop/c1/board";
    const watcher = connectClient({ url: server.url, room, user: writer });
    clients.push(watcher);
    await whenSynced(watcher);
    let watcherCloses = 0;
    watcher.provider.on("connection-close", () => {
      watcherCloses += 1;
    });
    const raw = await openRawSocket(`${server.url}/${room}`, writer.cookie);
    sockets.push(raw);
    const refusals = collectRefusals(raw);
    raw.send(updateFrame(cyclicOriginsUpdate(601, 602)));
    raw.send(updateFrame(noteUpdate(603, "after")));
    await waitFor(() => watcher.doc.getMap("notes").get("after") === "after");
    expect(refusals).toEqual(["refused:invalid"]);
    expect(watcherCloses).toBe(0);
    expect(countUpdates(database.sqlite, "c1", "board")).toBe(1);
  });
});
