import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPrivateNote, readPrivateNotes } from "@/lib/documents/private-notes";
import { setBoardLock } from "@/lib/documents/set-board-lock";
import { privateDocName, roomName } from "@/lib/realtime/protocol";
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
import { createLiveDocSet } from "./live-doc-set";

let database: TestDatabase;
let server: TestServer;
let facilitator: SeededUser;
let writer: SeededUser;

beforeAll(async () => {
  database = createTestDatabase();
  facilitator = await seedUser(database.sqlite, "fac", "Fay");
  writer = await seedUser(database.sqlite, "pat", "Pat");
  seedWorkshop(database.sqlite, "pw", [
    { user: facilitator, role: "facilitator" },
    { user: writer, role: "participant" },
  ]);
  server = await startTestServer();
});

afterAll(async () => {
  await server.stop();
  database.sqlite.close();
  database.cleanup();
});

describe("a private doc", () => {
  it("reports a private note refused during a lock, and keeps only what the server saved", async () => {
    const control = connectClient({
      url: server.url,
      room: "workshop/pw/control",
      user: facilitator,
    });
    await whenSynced(control);
    const room = roomName({ workshopId: "pw", docName: privateDocName(writer.id) });
    const set = createLiveDocSet({ rooms: { private: room } });
    const disconnect = set.connect({
      serverUrl: server.url,
      offline: false,
      disableBc: true,
      WebSocketPolyfill: webSocketWithCookie(writer.cookie),
    });
    await waitFor(() => set.getState().status === "connected");
    const saved = addPrivateNote(set.doc("private"), {
      kind: "scenario",
      segmentId: null,
      anonymous: false,
    });
    expect(saved.ok).toBe(true);
    // A second device of the same person sees it once the server has it.
    const otherDevice = connectClient({ url: server.url, room, user: writer });
    await waitFor(() => readPrivateNotes(otherDevice.doc).length === 1);

    const writersControl = connectClient({
      url: server.url,
      room: "workshop/pw/control",
      user: writer,
    });
    setBoardLock(control.doc, { locked: true });
    await waitFor(() => writersControl.doc.getMap("control").get("locked") === true);
    const before = set.doc("private");
    addPrivateNote(before, { kind: "scenario", segmentId: null, anonymous: false });
    await waitFor(() => set.getState().refusal?.resynced === true);
    expect(set.getState().refusal?.reason).toBe("locked");
    expect(set.getState().generation).toBe(1);
    // The refused note is gone from this device; the one saved before the lock is back.
    expect(set.doc("private")).not.toBe(before);
    expect(readPrivateNotes(set.doc("private"))).toHaveLength(1);

    setBoardLock(control.doc, { locked: false });
    set.dismissRefusal();
    expect(set.getState().refusal).toBeNull();
    control.destroy();
    otherDevice.destroy();
    writersControl.destroy();
    disconnect();
  });
});
