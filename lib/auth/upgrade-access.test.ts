// The websocket upgrade against a real server and SQLite file: revoked sessions, removed members
// and foreign origins are refused; removal and role changes close open sockets at once.
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SeededUser, TestDatabase, TestServer } from "@/lib/realtime/server/testing";

let database: TestDatabase;
let server: TestServer;
let helpers: typeof import("@/lib/realtime/server/testing");
let facilitator: SeededUser;
let member: SeededUser;
let guest: SeededUser;
const WORKSHOP = "ws-access";

beforeAll(async () => {
  helpers = await import("@/lib/realtime/server/testing");
  database = helpers.createTestDatabase();
  server = await helpers.startTestServer({ allowedOrigins: ["http://app.example.test"] });
  facilitator = await helpers.seedUser(database.sqlite, "fac");
  member = await helpers.seedUser(database.sqlite, "mem");
  guest = await helpers.seedUser(database.sqlite, "gst");
  database.sqlite.prepare("UPDATE User SET isGuest = 1 WHERE id = ?").run(guest.id);
  helpers.seedWorkshop(database.sqlite, WORKSHOP, [
    { user: facilitator, role: "facilitator" },
    { user: member, role: "participant" },
    { user: guest, role: "participant" },
  ]);
});

afterAll(async () => {
  await server.stop();
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  database.cleanup();
});

const boardUrl = () => `${server.url}/workshop/${WORKSHOP}/board`;

function statusWithHeaders(headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(boardUrl(), { headers });
    ws.once("unexpected-response", (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.once("open", () => {
      ws.close();
      resolve(101);
    });
    ws.once("error", reject);
  });
}

describe("websocket upgrade access", () => {
  it("refuses a page on another origin, even on the same host", async () => {
    const cookie = facilitator.cookie;
    const host = new URL(server.url).host;
    expect(await statusWithHeaders({ cookie, origin: "http://app.example.test" })).toBe(101);
    expect(await statusWithHeaders({ cookie, origin: `http://${host}` })).toBe(101);
    expect(await statusWithHeaders({ cookie })).toBe(101);
    const otherPort = `http://127.0.0.1:${Number(new URL(server.url).port) + 1}`;
    expect(await statusWithHeaders({ cookie, origin: otherPort })).toBe(403);
    expect(await statusWithHeaders({ cookie, origin: "https://evil.example" })).toBe(403);
    expect(await statusWithHeaders({ cookie, origin: "null" })).toBe(403);
  });

  it("answers a malformed cookie escape with 401, not an error", async () => {
    expect(await statusWithHeaders({ cookie: "next-auth.session-token=%E0%A4%A" })).toBe(401);
  });

  it("closes a member's sockets at once on a role change and on removal", async () => {
    const { changeMemberRole } = await import("@/lib/workshops/change-member-role");
    const { removeMember } = await import("@/lib/workshops/remove-member");
    const live = server.realtime.live;
    const socket = await helpers.openRawSocket(boardUrl(), member.cookie);
    const closed = helpers.nextClose(socket);
    const started = Date.now();
    const changed = await changeMemberRole({
      workshopId: WORKSHOP,
      byUserId: facilitator.id,
      userId: member.id,
      role: "observer",
      live,
    });
    expect(changed.ok).toBe(true);
    expect((await closed).code).toBe(4509);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await helpers.upgradeStatus(boardUrl(), member.cookie)).toBe(101);

    const again = await helpers.openRawSocket(boardUrl(), member.cookie);
    const closedAgain = helpers.nextClose(again);
    const removed = await removeMember({
      workshopId: WORKSHOP,
      byUserId: facilitator.id,
      userId: member.id,
      live,
    });
    expect(removed.ok).toBe(true);
    expect((await closedAgain).code).toBe(4509);
    expect(await helpers.upgradeStatus(boardUrl(), member.cookie)).toBe(403);
  });

  it("a removed guest's session is revoked, and signing out everywhere revokes a session", async () => {
    const { removeMember } = await import("@/lib/workshops/remove-member");
    const { signOutEverywhere } = await import("./sign-out-everywhere");
    const { currentSessionVersion } = await import("./session-version");
    await removeMember({
      workshopId: WORKSHOP,
      byUserId: facilitator.id,
      userId: guest.id,
      live: null,
    });
    expect(await currentSessionVersion(guest.id)).toBe(1);

    const socket = await helpers.openRawSocket(boardUrl(), facilitator.cookie);
    const closed = helpers.nextClose(socket);
    await signOutEverywhere({ userId: facilitator.id, live: server.realtime.live });
    expect((await closed).code).toBe(4509);
    // The same cookie no longer opens anything.
    expect(await helpers.upgradeStatus(boardUrl(), facilitator.cookie)).toBe(401);
  });

  it("refuses to remove or demote the facilitator", async () => {
    const { removeMember } = await import("@/lib/workshops/remove-member");
    const result = await removeMember({
      workshopId: WORKSHOP,
      byUserId: member.id,
      userId: facilitator.id,
      live: null,
    });
    expect(result).toMatchObject({ ok: false, error: { code: "not-a-member" } });
  });
});

describe("session version cache", () => {
  it("never keeps a version read while a bump was running", async () => {
    const { bumpSessionVersion, currentSessionVersion } = await import("./session-version");
    const before = await currentSessionVersion(member.id);
    const [raced] = await Promise.all([
      // Uncached read racing the bump: it may return either version, but must not be cached.
      (async () => {
        const { forgetSessionVersion } = await import("./session-version");
        forgetSessionVersion(member.id);
        return currentSessionVersion(member.id);
      })(),
      bumpSessionVersion(member.id),
    ]);
    expect([before, (before ?? 0) + 1]).toContain(raced);
    expect(await currentSessionVersion(member.id)).toBe((before ?? 0) + 1);
  });
});
