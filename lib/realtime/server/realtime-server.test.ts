import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTROL_KEYS, CONTROL_MAP } from "@/lib/documents/control-layout";
import { MessageType } from "@/lib/realtime/protocol";
import { VOTES_MAP } from "@/lib/documents/vote-keys";
import {
  connectClient,
  countUpdates,
  createTestDatabase,
  openRawSocket,
  seedUser,
  seedWorkshop,
  startTestServer,
  upgradeStatus,
  waitFor,
  whenSynced,
  type SeededUser,
  type TestClient,
  type TestDatabase,
  type TestServer,
} from "./testing";

let database: TestDatabase;
let server: TestServer;
let facilitator: SeededUser;
let participant: SeededUser;
let observer: SeededUser;
let outsider: SeededUser;
const clients: TestClient[] = [];

function client(user: SeededUser, room: string): TestClient {
  const created = connectClient({ url: server.url, room, user });
  clients.push(created);
  return created;
}

beforeAll(async () => {
  database = createTestDatabase();
  facilitator = await seedUser(database.sqlite, "fac", "Fran Facilitator");
  participant = await seedUser(database.sqlite, "par", "Pat Participant");
  observer = await seedUser(database.sqlite, "obs", "Olly Observer");
  outsider = await seedUser(database.sqlite, "out", "Oscar Outsider");
  for (const id of ["w1", "w2", "w3", "w4", "w5"]) {
    seedWorkshop(database.sqlite, id, [
      { user: facilitator, role: "facilitator" },
      { user: participant, role: "participant" },
      { user: observer, role: "observer" },
    ]);
  }
  server = await startTestServer();
});

afterAll(async () => {
  for (const created of clients) created.destroy();
  await server.stop();
  database.sqlite.close();
  database.cleanup();
});

describe("upgrade", () => {
  it("answers 401 without a session, 403 for non-members, 404 for unknown rooms", async () => {
    expect(await upgradeStatus(`${server.url}/workshop/w1/board`)).toBe(401);
    expect(
      await upgradeStatus(`${server.url}/workshop/w1/board`, "next-auth.session-token=forged"),
    ).toBe(401);
    expect(await upgradeStatus(`${server.url}/workshop/w1/board`, outsider.cookie)).toBe(403);
    expect(await upgradeStatus(`${server.url}/workshop/missing/board`, participant.cookie)).toBe(
      403,
    );
    expect(await upgradeStatus(`${server.url}/workshop/w1/notes`, participant.cookie)).toBe(404);
    expect(await upgradeStatus(`${server.url}/workshop/w1/board`, observer.cookie)).toBe(101);
  });
});

describe("sync and permissions", () => {
  it("makes two writers converge and persists their updates", async () => {
    const a = client(facilitator, "workshop/w1/board");
    const b = client(participant, "workshop/w1/board");
    await Promise.all([whenSynced(a), whenSynced(b)]);
    a.doc.getMap("notes").set("n1", "from facilitator");
    b.doc.getMap("notes").set("n2", "from participant");
    await waitFor(() => a.doc.getMap("notes").size === 2 && b.doc.getMap("notes").size === 2);
    expect(b.doc.getMap("notes").toJSON()).toEqual(a.doc.getMap("notes").toJSON());
    expect(countUpdates(database.sqlite, "w1", "board")).toBeGreaterThanOrEqual(2);
  });

  it("drops an observer's write: not applied, relayed or persisted", async () => {
    const writer = client(participant, "workshop/w2/board");
    const watcher = client(observer, "workshop/w2/board");
    await Promise.all([whenSynced(writer), whenSynced(watcher)]);
    const before = countUpdates(database.sqlite, "w2", "board");
    const droppedBefore = server.realtime.health().writesDropped;
    watcher.doc.getMap("notes").set("sneaky", "observer edit");
    await waitFor(() => server.realtime.health().writesDropped > droppedBefore);
    writer.doc.getMap("notes").set("legit", "participant edit");
    await waitFor(() => watcher.doc.getMap("notes").has("legit"));
    expect(writer.doc.getMap("notes").has("sneaky")).toBe(false);
    expect(countUpdates(database.sqlite, "w2", "board")).toBe(before + 1);
  });

  it("drops a participant's write to the control doc", async () => {
    const fac = client(facilitator, "workshop/w3/control");
    const par = client(participant, "workshop/w3/control");
    await Promise.all([whenSynced(fac), whenSynced(par)]);
    const droppedBefore = server.realtime.health().writesDropped;
    par.doc.getMap(CONTROL_MAP).set("step", "participant-chosen");
    await waitFor(() => server.realtime.health().writesDropped > droppedBefore);
    fac.doc.getMap(CONTROL_MAP).set("timer", 60);
    await waitFor(() => par.doc.getMap(CONTROL_MAP).get("timer") === 60);
    expect(fac.doc.getMap(CONTROL_MAP).has("step")).toBe(false);
    expect(countUpdates(database.sqlite, "w3", "control")).toBe(1);
  });

  it("drops a dot written under someone else's name", async () => {
    const fac = client(facilitator, "workshop/w5/board");
    const par = client(participant, "workshop/w5/board");
    await Promise.all([whenSynced(fac), whenSynced(par)]);
    par.doc.getMap(VOTES_MAP).set(`r1/${participant.id}/0`, "s1");
    await waitFor(() => fac.doc.getMap(VOTES_MAP).size === 1);
    const before = countUpdates(database.sqlite, "w5", "board");
    const droppedBefore = server.realtime.health().writesDropped;
    fac.doc.getMap(VOTES_MAP).set(`r1/${participant.id}/5`, "s1");
    await waitFor(() => server.realtime.health().writesDropped > droppedBefore);
    expect(countUpdates(database.sqlite, "w5", "board")).toBe(before);
    par.doc.getMap(VOTES_MAP).set(`r1/${participant.id}/1`, "s2");
    await waitFor(() => fac.doc.getMap(VOTES_MAP).has(`r1/${participant.id}/1`));
    expect([...par.doc.getMap(VOTES_MAP).keys()].sort()).toEqual([
      `r1/${participant.id}/0`,
      `r1/${participant.id}/1`,
    ]);
    expect(countUpdates(database.sqlite, "w5", "board")).toBe(before + 1);
  });

  it("blocks every board write while the control doc is locked", async () => {
    const control = client(facilitator, "workshop/w4/control");
    const facBoard = client(facilitator, "workshop/w4/board");
    const parBoard = client(participant, "workshop/w4/board");
    await Promise.all([whenSynced(control), whenSynced(facBoard), whenSynced(parBoard)]);
    control.doc.getMap(CONTROL_MAP).set(CONTROL_KEYS.locked, true);
    await waitFor(() => countUpdates(database.sqlite, "w4", "control") === 1);
    const droppedBefore = server.realtime.health().writesDropped;
    parBoard.doc.getMap("notes").set("p", "while locked");
    facBoard.doc.getMap("notes").set("f", "while locked");
    await waitFor(() => server.realtime.health().writesDropped >= droppedBefore + 2);
    expect(countUpdates(database.sqlite, "w4", "board")).toBe(0);

    control.doc.getMap(CONTROL_MAP).set(CONTROL_KEYS.locked, false);
    await waitFor(() => countUpdates(database.sqlite, "w4", "control") === 2);
    const late = client(observer, "workshop/w4/board");
    const fresh = client(participant, "workshop/w4/board");
    await Promise.all([whenSynced(late), whenSynced(fresh)]);
    fresh.doc.getMap("notes").set("after", "unlocked");
    await waitFor(() => late.doc.getMap("notes").has("after"));
    expect(late.doc.getMap("notes").has("p")).toBe(false);
    expect(late.doc.getMap("notes").has("f")).toBe(false);
  });
});

describe("awareness", () => {
  it("replaces a forged name with the session's and ignores other client ids", async () => {
    const honest = client(participant, "workshop/w1/board");
    const forger = client(observer, "workshop/w1/board");
    await Promise.all([whenSynced(honest), whenSynced(forger)]);
    forger.provider.awareness.setLocalState({
      user: { name: "Fran Facilitator" },
      cursor: { x: 1, y: 2 },
    });
    const forgerId = forger.doc.clientID;
    await waitFor(() => honest.provider.awareness.getStates().has(forgerId));
    const seen = honest.provider.awareness.getStates().get(forgerId);
    expect(seen?.user).toMatchObject({ name: "Olly Observer", userId: "obs", role: "observer" });
    expect(seen?.cursor).toEqual({ x: 1, y: 2 });

    // A raw socket claims to speak for the honest client: the server drops it.
    honest.provider.awareness.setLocalState({ cursor: { x: 5, y: 5 } });
    await waitFor(
      () => forger.provider.awareness.getStates().get(honest.doc.clientID)?.cursor?.x === 5,
    );
    const raw = await openRawSocket(`${server.url}/workshop/w1/board`, observer.cookie);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.awareness);
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, honest.doc.clientID);
    encoding.writeVarUint(inner, 999);
    encoding.writeVarString(inner, JSON.stringify({ cursor: { x: -1, y: -1 } }));
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
    const droppedBefore = server.realtime.health().awarenessEntriesDropped;
    raw.send(encoding.toUint8Array(encoder));
    await waitFor(() => server.realtime.health().awarenessEntriesDropped > droppedBefore);
    expect(forger.provider.awareness.getStates().get(honest.doc.clientID)?.cursor).toEqual({
      x: 5,
      y: 5,
    });
    raw.close();
  });
});
