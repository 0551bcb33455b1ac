import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import type WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { MessageType } from "@/lib/realtime/protocol";
import {
  countUpdates,
  createTestDatabase,
  openRawSocket,
  seedUser,
  seedWorkshop,
  startTestServer,
  updateFrame,
  waitFor,
  type SeededUser,
  type TestDatabase,
  type TestServer,
} from "./testing";

let database: TestDatabase;
let server: TestServer;
let ada: SeededUser;
let bo: SeededUser;
let cy: SeededUser;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  database = createTestDatabase();
  ada = await seedUser(database.sqlite, "ada", "Ada");
  bo = await seedUser(database.sqlite, "bo", "Bo");
  cy = await seedUser(database.sqlite, "cy", "Cy");
  for (const id of ["b1", "b2"]) {
    seedWorkshop(
      database.sqlite,
      id,
      [ada, bo, cy].map((user) => ({ user, role: "participant" as const })),
    );
  }
  server = await startTestServer();
});

afterAll(async () => {
  for (const socket of sockets) socket.terminate();
  await server.stop();
  database.sqlite.close();
  database.cleanup();
});

/** A raw socket that applies every relayed sync update to its own doc and counts those frames. */
async function watcher(room: string, user: SeededUser) {
  const socket = await openRawSocket(`${server.url}/${room}`, user.cookie);
  sockets.push(socket);
  const doc = new Y.Doc();
  // For each relayed update frame, how many rows of the room's workshop were stored by then.
  // And how many edits the reader's doc holds after that frame (each edit is one stored row).
  const seen = { frames: 0, storedAtFrame: [] as number[], editsAtFrame: [] as number[] };
  const workshopId = room.split("/")[1] ?? "";
  socket.on("message", (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== MessageType.sync) return;
    const kind = decoding.readVarUint(decoder);
    const update = decoding.readVarUint8Array(decoder);
    if (kind === 0) return;
    if (kind === 2) {
      seen.frames += 1;
      seen.storedAtFrame.push(countUpdates(database.sqlite, workshopId, "board"));
    }
    Y.applyUpdate(doc, update);
    if (kind === 2) {
      const values = Object.values(doc.getMap<number>("notes").toJSON()) as number[];
      seen.editsAtFrame.push(values.reduce((sum, value) => sum + value, 0));
    }
  });
  // Asks for the server's state, as a client does when it connects.
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  socket.send(encoding.toUint8Array(encoder));
  return { socket, doc, seen };
}

/** `count` successive edits of one writer, each as the update a client would send. */
function edits(clientId: number, key: string, count: number): Uint8Array[] {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  for (let index = 1; index <= count; index++) doc.getMap("notes").set(key, index);
  return updates;
}

describe("relays per group commit", () => {
  it("relays a writer's burst merged, and only once its rows are committed", async () => {
    const reader = await watcher("workshop/b1/board", cy);
    const writer = await openRawSocket(`${server.url}/workshop/b1/board`, ada.cookie);
    sockets.push(writer);
    // Written in one go: the server reads them in one tick, so they share a group commit.
    for (const update of edits(101, "ada", 8)) writer.send(updateFrame(update));
    await waitFor(() => reader.doc.getMap("notes").get("ada") === 8);
    expect(countUpdates(database.sqlite, "b1", "board")).toBe(8);
    // Updates of one doc that share a group commit go out merged (fewer frames than updates)...
    expect(reader.seen.frames).toBeLessThan(8);
    // ...and no frame carries an edit whose row was not stored when it arrived.
    reader.seen.editsAtFrame.forEach((edits, index) => {
      expect(reader.seen.storedAtFrame[index]).toBeGreaterThanOrEqual(edits);
    });
  });

  it("relays several writers' updates of one commit and every client converges", async () => {
    const reader = await watcher("workshop/b2/board", cy);
    const first = await watcher("workshop/b2/board", ada);
    const second = await watcher("workshop/b2/board", bo);
    const fromFirst = edits(201, "ada", 5);
    const fromSecond = edits(202, "bo", 5);
    for (let index = 0; index < 5; index++) {
      first.socket.send(updateFrame(fromFirst[index] as Uint8Array));
      second.socket.send(updateFrame(fromSecond[index] as Uint8Array));
    }
    await waitFor(
      () =>
        reader.doc.getMap("notes").get("ada") === 5 &&
        reader.doc.getMap("notes").get("bo") === 5 &&
        first.doc.getMap("notes").get("bo") === 5 &&
        second.doc.getMap("notes").get("ada") === 5,
    );
    expect(countUpdates(database.sqlite, "b2", "board")).toBe(10);
    expect(reader.seen.frames).toBeLessThanOrEqual(10);
    // The server's doc holds exactly what was stored and relayed.
    const fresh = await watcher("workshop/b2/board", cy);
    await waitFor(() => fresh.doc.getMap("notes").get("bo") === 5);
    expect(fresh.doc.getMap("notes").toJSON()).toEqual({ ada: 5, bo: 5 });
  });
});
