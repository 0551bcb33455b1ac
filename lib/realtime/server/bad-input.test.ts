import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloseCode, MAX_MESSAGE_BYTES, MessageType } from "@/lib/realtime/protocol";
import {
  connectClient,
  countUpdates,
  createTestDatabase,
  nextClose,
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
} from "./testing";

const ROOM = "workshop/bad/board";
let database: TestDatabase;
let server: TestServer;
let participant: SeededUser;
let good: TestClient;
let watcher: TestClient;
let reconnects = 0;

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

async function expectOffenderClosed(
  payload: Uint8Array | string | Uint8Array[],
  code: number,
): Promise<void> {
  const raw = await openRawSocket(`${server.url}/${ROOM}`, participant.cookie);
  const closed = nextClose(raw);
  for (const message of Array.isArray(payload) ? payload : [payload]) raw.send(message);
  const { code: received, reason } = await closed;
  expect(received).toBe(code);
  // ws itself closes oversized frames with 1009 and no reason text; our own codes carry one.
  if (code >= 4000) expect(reason.length).toBeGreaterThan(0);
}

async function expectRoomIntact(key: string): Promise<void> {
  good.doc.getMap("notes").set(key, "still works");
  await waitFor(() => watcher.doc.getMap("notes").get(key) === "still works");
  expect(good.provider.wsconnected).toBe(true);
  expect(reconnects).toBe(0);
}

beforeAll(async () => {
  database = createTestDatabase();
  participant = await seedUser(database.sqlite, "par", "Pat Participant");
  seedWorkshop(database.sqlite, "bad", [{ user: participant, role: "participant" }]);
  server = await startTestServer({ messagesPerSecond: 50, messageBurst: 100 });
  good = connectClient({ url: server.url, room: ROOM, user: participant });
  watcher = connectClient({ url: server.url, room: ROOM, user: participant });
  await Promise.all([whenSynced(good), whenSynced(watcher)]);
  good.doc.getMap("notes").set("before", "kept");
  await waitFor(() => watcher.doc.getMap("notes").has("before"));
  for (const client of [good, watcher]) {
    client.provider.on("connection-close", () => {
      reconnects += 1;
    });
  }
});

afterAll(async () => {
  good.destroy();
  watcher.destroy();
  await server.stop();
  database.sqlite.close();
  database.cleanup();
});

describe("bad input closes only the offender", () => {
  it("closes on a message above 1 MiB", async () => {
    await expectOffenderClosed(new Uint8Array(MAX_MESSAGE_BYTES + 1), CloseCode.messageTooBig);
    await expectRoomIntact("after-oversized");
  });

  it("closes on garbage, text frames and unknown message types", async () => {
    await expectOffenderClosed(
      new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
      CloseCode.malformedMessage,
    );
    await expectOffenderClosed("hello", CloseCode.malformedMessage);
    await expectOffenderClosed(new Uint8Array([MessageType.auth, 0]), CloseCode.malformedMessage);
    await expectRoomIntact("after-garbage");
  });

  it("closes on an update that does not decode, without persisting it", async () => {
    const rowsBefore = countUpdates(database.sqlite, "bad", "board");
    const badUpdate = frame((encoder) => {
      encoding.writeVarUint(encoder, MessageType.sync);
      encoding.writeVarUint(encoder, 2);
      encoding.writeVarUint8Array(encoder, new Uint8Array([5, 200, 1, 7, 7, 7]));
    });
    await expectOffenderClosed(badUpdate, CloseCode.malformedMessage);
    expect(countUpdates(database.sqlite, "bad", "board")).toBe(rowsBefore);
    await expectRoomIntact("after-bad-update");
  });

  it("closes a connection that floods messages", async () => {
    const query = frame((encoder) => encoding.writeVarUint(encoder, MessageType.queryAwareness));
    await expectOffenderClosed(
      Array.from({ length: 500 }, () => query),
      CloseCode.rateLimited,
    );
    await expectRoomIntact("after-flood");
    expect(watcher.doc.getMap("notes").get("before")).toBe("kept");
  });
});
