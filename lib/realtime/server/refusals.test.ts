import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type WebSocket from "ws";
import * as Y from "yjs";
import { CONTROL_KEYS, CONTROL_MAP } from "@/lib/documents/control-layout";
import { refusalMessage } from "@/lib/realtime/protocol";
import { BLIND_PLACEMENTS_MAP, VOTES_MAP } from "@/lib/documents/vote-keys";
import { votePseudonym } from "@/lib/documents/vote-pseudonym";
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

// Issue 11 item 2 and issue 12 item 2: the server refuses only updates that would change its doc,
// says why every time, and never keeps half of a dependent chain.

let database: TestDatabase;
let server: TestServer;
let facilitator: SeededUser;
let participant: SeededUser;
let observer: SeededUser;
const clients: TestClient[] = [];
const sockets: WebSocket[] = [];

function client(user: SeededUser, room: string): TestClient {
  const created = connectClient({ url: server.url, room, user });
  clients.push(created);
  return created;
}

async function rawWithCopy(user: SeededUser, room: string, of: Y.Doc) {
  const ws = await openRawSocket(`${server.url}/${room}`, user.cookie);
  sockets.push(ws);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(of));
  const send = (edit: (doc: Y.Doc) => void) => {
    const before = Y.encodeStateVector(doc);
    edit(doc);
    ws.send(updateFrame(Y.encodeStateAsUpdate(doc, before)));
  };
  return { ws, doc, send, refusals: collectRefusals(ws) };
}

beforeAll(async () => {
  database = createTestDatabase();
  facilitator = await seedUser(database.sqlite, "fac", "Fran");
  participant = await seedUser(database.sqlite, "par", "Pat");
  observer = await seedUser(database.sqlite, "obs", "Olly");
  for (const id of ["r1", "r2", "r3", "r4"]) {
    seedWorkshop(database.sqlite, id, [
      { user: facilitator, role: "facilitator" },
      { user: participant, role: "participant" },
      { user: observer, role: "observer" },
    ]);
  }
  server = await startTestServer();
});

afterAll(async () => {
  for (const ws of sockets) ws.close();
  for (const created of clients) created.destroy();
  await server.stop();
  database.sqlite.close();
  database.cleanup();
});

describe("updates that change nothing", () => {
  it("are ignored without a word: sync replies with known deletions, offline replays", async () => {
    const writer = client(participant, "workshop/r1/board");
    await whenSynced(writer);
    writer.doc.getMap("notes").set("kept", "yes");
    writer.doc.getMap("notes").set("gone", "soon");
    writer.doc.getMap("notes").delete("gone");
    await waitFor(() => countUpdates(database.sqlite, "r1", "board") >= 2);
    await sleep(50);
    const reader = await rawWithCopy(observer, "workshop/r1/board", writer.doc);
    const rows = countUpdates(database.sqlite, "r1", "board");
    const dropped = server.realtime.health().writesDropped;
    // What a provider sends in sync step 2 (only the delete set), and an IndexedDB replay.
    reader.ws.send(updateFrame(Y.encodeStateAsUpdate(reader.doc, Y.encodeStateVector(writer.doc))));
    reader.ws.send(updateFrame(Y.encodeStateAsUpdate(reader.doc)));
    // A real edit afterwards: its refusal is the first message, so the two before said nothing.
    reader.send((doc) => doc.getMap("notes").set("sneaky", "observer"));
    await waitFor(() => reader.refusals.length === 1);
    expect(reader.refusals).toEqual([refusalMessage("read-only")]);
    expect(server.realtime.health().writesDropped).toBe(dropped + 1);
    expect(countUpdates(database.sqlite, "r1", "board")).toBe(rows);
  });
});

describe("refused updates", () => {
  it("are each answered with their reason", async () => {
    const writer = client(participant, "workshop/r2/board");
    await whenSynced(writer);
    const reader = await rawWithCopy(observer, "workshop/r2/board", writer.doc);
    reader.send((doc) => doc.getMap("notes").set("one", 1));
    reader.send((doc) => doc.getMap("notes").set("two", 2));
    await waitFor(() => reader.refusals.length === 2);
    expect(reader.refusals).toEqual([refusalMessage("read-only"), refusalMessage("read-only")]);

    const voter = await rawWithCopy(participant, "workshop/r2/board", writer.doc);
    voter.send((doc) => doc.getMap(VOTES_MAP).set(`v1/${facilitator.id}/0`, "s1"));
    await waitFor(() => voter.refusals.length === 1);
    expect(voter.refusals).toEqual([refusalMessage("not-yours")]);
    expect(countUpdates(database.sqlite, "r2", "board")).toBe(0);
  });

  it("never keeps a later update that builds on a refused one", async () => {
    const control = client(facilitator, "workshop/r3/control");
    const watcher = client(observer, "workshop/r3/board");
    await Promise.all([whenSynced(control), whenSynced(watcher)]);
    control.doc.getMap(CONTROL_MAP).set(CONTROL_KEYS.locked, true);
    await waitFor(() => countUpdates(database.sqlite, "r3", "control") === 1);
    const editor = await rawWithCopy(participant, "workshop/r3/board", watcher.doc);
    editor.send((doc) => doc.getMap("notes").set("k", "while locked"));
    await waitFor(() => editor.refusals.length === 1);
    expect(editor.refusals).toEqual([refusalMessage("locked")]);

    control.doc.getMap(CONTROL_MAP).set(CONTROL_KEYS.locked, false);
    await waitFor(() => countUpdates(database.sqlite, "r3", "control") === 2);
    // Overwrites the refused entry: its origin is an item the server never accepted.
    editor.send((doc) => doc.getMap("notes").set("k", "after unlock"));
    await waitFor(() => editor.refusals.length === 2);
    expect(editor.refusals[1]).toBe(refusalMessage("invalid"));
    expect(countUpdates(database.sqlite, "r3", "board")).toBe(0);

    const fresh = client(participant, "workshop/r3/board");
    await whenSynced(fresh);
    fresh.doc.getMap("notes").set("ok", "after resync");
    await waitFor(() => watcher.doc.getMap("notes").has("ok"));
    expect(watcher.doc.getMap("notes").has("k")).toBe(false);
    expect(countUpdates(database.sqlite, "r3", "board")).toBe(1);
  });
});

describe("who a board entry names", () => {
  it("refuses others' blind placements and forged authors; anonymous votes use the pseudonym", async () => {
    const control = client(facilitator, "workshop/r4/control");
    const watcher = client(facilitator, "workshop/r4/board");
    await Promise.all([whenSynced(control), whenSynced(watcher)]);
    const pat = await rawWithCopy(participant, "workshop/r4/board", watcher.doc);
    pat.send((doc) =>
      doc.getMap(BLIND_PLACEMENTS_MAP).set(`b1/${facilitator.id}/s1`, { value: 1, feasibility: 0 }),
    );
    await waitFor(() => pat.refusals.length === 1);
    const forger = await rawWithCopy(participant, "workshop/r4/board", watcher.doc);
    forger.send((doc) => {
      const note = new Y.Map<unknown>();
      doc.getMap("scenarios").set("s1", note);
      note.set("authorId", facilitator.id);
    });
    await waitFor(() => forger.refusals.length === 1);
    expect([...pat.refusals, ...forger.refusals]).toEqual([
      refusalMessage("not-yours"),
      refusalMessage("not-yours"),
    ]);

    control.doc.getMap(CONTROL_MAP).set("anonymous", true);
    await waitFor(() => countUpdates(database.sqlite, "r4", "control") === 1);
    const voter = await rawWithCopy(participant, "workshop/r4/board", watcher.doc);
    voter.send((doc) => doc.getMap(VOTES_MAP).set(`v1/${participant.id}/0`, "s1"));
    await waitFor(() => voter.refusals.length === 1);
    expect(voter.refusals).toEqual([refusalMessage("anonymous")]);
    const hidden = `v1/${votePseudonym({ workshopId: "r4", userId: participant.id })}/0`;
    const honest = await rawWithCopy(participant, "workshop/r4/board", watcher.doc);
    honest.send((doc) => doc.getMap(VOTES_MAP).set(hidden, "s1"));
    await waitFor(() => watcher.doc.getMap(VOTES_MAP).has(hidden));
    expect(honest.refusals).toEqual([]);
    expect(hidden).not.toContain(participant.id);
  });
});
