import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
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
  waitFor,
  whenSynced,
  type SeededUser,
  type TestClient,
  type TestDatabase,
  type TestServer,
  updateFrame,
} from "./testing";
import { createRandom, crossedClientUpdate, mutate, recordCorpus } from "./testing-updates";

// Issue 12 item 1: one crafted update must not disconnect or lose anyone else's edits.

const VICTIMS = ["v1", "v2", "v3"];
const FUZZ_VICTIMS = ["x1", "x2", "x3"];
let database: TestDatabase;
let server: TestServer;
let attacker: SeededUser;
let victim: SeededUser;
const clients: TestClient[] = [];

type Victim = { writer: TestClient; watcher: TestClient; written: string[]; closes: number };

async function openVictims(ids: readonly string[]): Promise<Victim[]> {
  const victims: Victim[] = [];
  for (const id of ids) {
    const writer = connectClient({ url: server.url, room: `workshop/${id}/board`, user: victim });
    const watcher = connectClient({ url: server.url, room: `workshop/${id}/board`, user: victim });
    clients.push(writer, watcher);
    await Promise.all([whenSynced(writer), whenSynced(watcher)]);
    const entry: Victim = { writer, watcher, written: [], closes: 0 };
    for (const client of [writer, watcher]) {
      client.provider.on("connection-close", () => {
        entry.closes += 1;
      });
    }
    victims.push(entry);
  }
  return victims;
}

function writeNote(entry: Victim, key: string): void {
  entry.writer.doc.getMap("notes").set(key, key);
  entry.written.push(key);
}

async function expectNothingLost(victims: Victim[], workshopIds: string[]): Promise<void> {
  for (const entry of victims) {
    await waitFor(
      () => entry.written.every((key) => entry.watcher.doc.getMap("notes").has(key)),
      10_000,
    );
    expect(entry.closes).toBe(0);
  }
  await waitFor(() => server.realtime.health().persistence.pendingUpdates === 0, 10_000);
  // Reload every workshop from SQLite: what was relayed is what was stored.
  await server.restart();
  for (const [index, entry] of victims.entries()) {
    const id = workshopIds[index] ?? "";
    const fresh = connectClient({ url: server.url, room: `workshop/${id}/board`, user: victim });
    clients.push(fresh);
    await whenSynced(fresh);
    expect([...fresh.doc.getMap("notes").keys()].sort()).toEqual([...entry.written].sort());
  }
}

beforeAll(async () => {
  database = createTestDatabase();
  attacker = await seedUser(database.sqlite, "u1", "Mallory");
  victim = await seedUser(database.sqlite, "vic", "Vic");
  seedWorkshop(database.sqlite, "atk", [{ user: attacker, role: "participant" }]);
  seedWorkshop(database.sqlite, "fz", [{ user: attacker, role: "participant" }]);
  for (const id of [...VICTIMS, ...FUZZ_VICTIMS])
    seedWorkshop(database.sqlite, id, [{ user: victim, role: "participant" }]);
  server = await startTestServer({ messagesPerSecond: 5_000, messageBurst: 5_000 });
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.stop();
  database.sqlite.close();
  database.cleanup();
});

describe("an update that decodes but cannot be applied", () => {
  it("is refused as invalid, and every other workshop keeps its connections and edits", async () => {
    const victims = await openVictims(VICTIMS);
    const raw = await openRawSocket(`${server.url}/workshop/atk/board`, attacker.cookie);
    const refusals = collectRefusals(raw);
    for (let round = 0; round < 40; round++) {
      for (const entry of victims) writeNote(entry, `n${round}`);
      // Same tick as the victims' updates: the same group commit.
      raw.send(updateFrame(crossedClientUpdate(1000 + round)));
      await sleep(round % 5 === 0 ? 20 : 0);
    }
    await expectNothingLost(victims, VICTIMS);
    expect(refusals.length).toBeGreaterThan(0);
    expect(new Set(refusals)).toEqual(new Set(["refused:invalid"]));
    expect(countUpdates(database.sqlite, "atk", "board")).toBe(0);
    raw.close();
  });
});

describe("fuzz through the real server", () => {
  it("random and mutated updates never reach another room, and nothing relayed is lost", async () => {
    const { updates } = recordCorpus(11);
    const corpus = [...updates, crossedClientUpdate(5), crossedClientUpdate(77, 2)];
    const random = createRandom(99);
    const victims = await openVictims(FUZZ_VICTIMS);
    const watcher = connectClient({ url: server.url, room: "workshop/fz/board", user: attacker });
    clients.push(watcher);
    await whenSynced(watcher);
    let raw = await openRawSocket(`${server.url}/workshop/fz/board`, attacker.cookie);
    let sent = 0;
    const started = Date.now();
    // Bounded: about 5,000 decodable cases (of ~9,000 generated), or 12 s, whichever comes first.
    for (const [index, genuine] of updates.entries()) {
      for (let i = 0; i < 150 && Date.now() - started < 12_000; i++) {
        const update = mutate(genuine, corpus, random);
        try {
          Y.decodeUpdate(update);
        } catch {
          // Undecodable input closes the socket (bad-input.test.ts): not what this test is about.
          continue;
        }
        if (raw.readyState !== raw.OPEN) {
          raw = await openRawSocket(`${server.url}/workshop/fz/board`, attacker.cookie);
        }
        raw.send(updateFrame(update));
        sent += 1;
        if (sent % 25 === 0) {
          for (const entry of victims) writeNote(entry, `f${sent}`);
          await sleep(1);
        }
      }
      // The genuine update moves the attacker's doc on, so later mutations meet a real state.
      if (raw.readyState !== raw.OPEN) {
        raw = await openRawSocket(`${server.url}/workshop/fz/board`, attacker.cookie);
      }
      raw.send(updateFrame(genuine));
      if (index % 10 === 0) await sleep(5);
    }
    expect(sent).toBeGreaterThan(2_000);
    await waitFor(() => server.realtime.health().persistence.pendingUpdates === 0, 10_000);
    await sleep(100);
    const relayed = Y.encodeStateAsUpdate(watcher.doc);
    raw.close();
    await expectNothingLost(victims, FUZZ_VICTIMS);
    // The attacker's own room: what its watcher received is exactly what was stored.
    const fresh = connectClient({ url: server.url, room: "workshop/fz/board", user: attacker });
    clients.push(fresh);
    await whenSynced(fresh);
    const relayedDoc = new Y.Doc();
    Y.applyUpdate(relayedDoc, relayed);
    expect(Y.encodeStateVector(fresh.doc)).toEqual(Y.encodeStateVector(relayedDoc));
    expect(fresh.doc.getText("objective").toString()).toBe(
      relayedDoc.getText("objective").toString(),
    );
  }, 40_000);
});
