import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTROL_MAP } from "@/lib/documents/control-layout";
import { CloseCode } from "@/lib/realtime/protocol";
import { addPrivateNote, readPrivateNotes } from "@/lib/documents/private-notes";
import { readRecords } from "@/lib/documents/collection";
import { addSegment } from "@/lib/documents/segments";
import type { handOverFacilitator as HandOver } from "@/lib/workshops/hand-over-facilitator";
import {
  connectClient,
  countUpdates,
  createTestDatabase,
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
let ann: SeededUser;
let bob: SeededUser;
let handOverFacilitator: typeof HandOver;
const clients: TestClient[] = [];

function client(user: SeededUser, room: string): TestClient {
  const created = connectClient({ url: server.url, room, user });
  clients.push(created);
  return created;
}

function boardTexts(client: TestClient): string[] {
  return readRecords(client.doc, "scenarios").map((scenario) => scenario.text);
}

beforeAll(async () => {
  database = createTestDatabase();
  facilitator = await seedUser(database.sqlite, "fac", "Fran Facilitator");
  ann = await seedUser(database.sqlite, "ann", "Ann Author");
  bob = await seedUser(database.sqlite, "bob", "Bob Bystander");
  for (const id of ["p1", "p2", "p3"]) {
    seedWorkshop(database.sqlite, id, [
      { user: facilitator, role: "facilitator" },
      { user: ann, role: "participant" },
      { user: bob, role: "participant" },
    ]);
  }
  ({ handOverFacilitator } = await import("@/lib/workshops/hand-over-facilitator"));
  server = await startTestServer();
});

afterAll(async () => {
  for (const created of clients) created.destroy();
  await server.stop();
  database.cleanup();
});

describe("private docs", () => {
  it("opens a private room only for its owner", async () => {
    const room = `${server.url}/workshop/p1/private/ann`;
    expect(await upgradeStatus(room, ann.cookie)).toBe(101);
    expect(await upgradeStatus(room, bob.cookie)).toBe(403);
    expect(await upgradeStatus(room, facilitator.cookie)).toBe(403);
    expect(await upgradeStatus(room)).toBe(401);
  });

  it("keeps private notes off the board until reveal, then copies them and clears the private doc", async () => {
    const mine = client(ann, "workshop/p1/private/ann");
    const board = client(bob, "workshop/p1/board");
    const facilitatorBoard = client(facilitator, "workshop/p1/board");
    await Promise.all([whenSynced(mine), whenSynced(board), whenSynced(facilitatorBoard)]);
    const segment = addSegment(facilitatorBoard.doc, { name: "Loyal buyers" });
    if (!segment.ok) throw new Error(segment.error.message);
    await waitFor(() => readRecords(board.doc, "segments").length === 1);
    const received: Uint8Array[] = [];
    board.provider.ws?.addEventListener("message", (event: MessageEvent) => {
      received.push(new Uint8Array(event.data as ArrayBuffer));
    });

    addPrivateNote(mine.doc, {
      kind: "scenario",
      segmentId: segment.value.id,
      text: "Secret idea",
    });
    addPrivateNote(mine.doc, { kind: "scenario", segmentId: null, text: "   " });
    await waitFor(() => countUpdates(database.sqlite, "p1", "private/ann") >= 2);
    expect(boardTexts(board)).toEqual([]);
    const secret = Buffer.from("Secret idea");
    expect(received.some((frame) => Buffer.from(frame).includes(secret))).toBe(false);

    const { revealed } = await server.realtime.live.revealPrivateNotes("p1");
    expect(revealed).toBe(1);
    await waitFor(() => boardTexts(board).includes("Secret idea"));
    const [copied] = readRecords(board.doc, "scenarios");
    expect(copied).toMatchObject({ authorId: "ann", segmentId: segment.value.id });
    await waitFor(() => readPrivateNotes(mine.doc).length === 0);
    expect(countUpdates(database.sqlite, "p1", "board")).toBeGreaterThan(1);
  });

  it("reveals notes of an author who has gone offline", async () => {
    const mine = client(ann, "workshop/p2/private/ann");
    await whenSynced(mine);
    addPrivateNote(mine.doc, { kind: "scenario", segmentId: null, text: "Written before leaving" });
    await waitFor(() => countUpdates(database.sqlite, "p2", "private/ann") >= 1);
    mine.provider.disconnect();

    await server.realtime.live.revealPrivateNotes("p2");
    const board = client(bob, "workshop/p2/board");
    await whenSynced(board);
    expect(boardTexts(board)).toEqual(["Written before leaving"]);

    // Revealing again copies nothing twice.
    await server.realtime.live.revealPrivateNotes("p2");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(boardTexts(board)).toEqual(["Written before leaving"]);
    const control = client(bob, "workshop/p2/control");
    await whenSynced(control);
    expect(control.doc.getMap(CONTROL_MAP).get("privateWriting")).toBe(false);
  });
});

describe("hand over", () => {
  it("closes the affected connections, which reconnect with their new role", async () => {
    const bobControl = client(bob, "workshop/p3/control");
    const facControl = client(facilitator, "workshop/p3/control");
    await Promise.all([whenSynced(bobControl), whenSynced(facControl)]);
    const closes: number[] = [];
    bobControl.provider.on("connection-close", (event: CloseEvent | null) => {
      if (event) closes.push(event.code);
    });

    bobControl.doc.getMap(CONTROL_MAP).set("currentStep", "objective");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(facControl.doc.getMap(CONTROL_MAP).get("currentStep")).toBeUndefined();
    bobControl.doc.getMap(CONTROL_MAP).delete("currentStep");

    const result = await handOverFacilitator({
      workshopId: "p3",
      fromUserId: facilitator.id,
      toUserId: bob.id,
      live: server.realtime.live,
    });
    expect(result).toEqual({ ok: true, value: null });
    await waitFor(() => closes.includes(CloseCode.roleChanged));
    await waitFor(() => bobControl.provider.wsconnected && bobControl.provider.synced);
    expect(bobControl.doc.getMap(CONTROL_MAP).get("rolesVersion")).toBe(1);

    bobControl.doc.getMap(CONTROL_MAP).set("currentStep", "context");
    await waitFor(() => facControl.doc.getMap(CONTROL_MAP).get("currentStep") === "context");
    const roles = database.sqlite
      .prepare("SELECT userId, role FROM Membership WHERE workshopId = ? ORDER BY userId")
      .all("p3");
    expect(roles).toEqual([
      { userId: "ann", role: "participant" },
      { userId: "bob", role: "facilitator" },
      { userId: "fac", role: "participant" },
    ]);
  });

  it("refuses a hand-over from someone who is not the facilitator", async () => {
    const result = await handOverFacilitator({
      workshopId: "p3",
      fromUserId: ann.id,
      toUserId: ann.id,
      live: null,
    });
    expect(result).toMatchObject({ ok: false, error: { code: "own-membership" } });
    const other = await handOverFacilitator({
      workshopId: "p3",
      fromUserId: ann.id,
      toUserId: facilitator.id,
      live: null,
    });
    expect(other).toMatchObject({ ok: false, error: { code: "not-a-member" } });
  });
});
