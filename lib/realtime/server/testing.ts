// Test support for the realtime server: a real SQLite file, real session cookies, a real HTTP
// server and real y-websocket clients. Not imported by production code.
import Database from "better-sqlite3";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { updateJournalFile } from "@/lib/document-store/journaled-appends";
import { readJournalFile } from "@/lib/document-store/update-journal";
import { TEST_SECRET } from "@/lib/testing/test-database";
import { MessageType } from "@/lib/realtime/protocol";
import type { WorkshopRole } from "@/lib/workshops/roles";
import type { RealtimeOptions, RealtimeServer } from "./index";

export { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";

export type SeededUser = { id: string; name: string; cookie: string };

export async function seedUser(
  sqlite: Database.Database,
  id: string,
  name = id,
): Promise<SeededUser> {
  sqlite.prepare("INSERT INTO User (id, name) VALUES (?, ?)").run(id, name);
  const token = await encode({ token: { sub: id, name, isGuest: false }, secret: TEST_SECRET });
  return { id, name, cookie: `next-auth.session-token=${token}` };
}

export function seedWorkshop(
  sqlite: Database.Database,
  workshopId: string,
  members: { user: SeededUser; role: WorkshopRole }[],
): void {
  const creator = members[0]?.user.id ?? "nobody";
  sqlite
    .prepare("INSERT INTO Workshop (id, title, createdById, updatedAt) VALUES (?, ?, ?, ?)")
    .run(workshopId, "Test workshop", creator, new Date().toISOString());
  for (const { user, role } of members) {
    sqlite
      .prepare(
        "INSERT INTO Membership (id, workshopId, userId, role, function) VALUES (?, ?, ?, ?, ?)",
      )
      .run(`${workshopId}-${user.id}`, workshopId, user.id, role, "design");
  }
}

export type TestServer = {
  url: string;
  realtime: RealtimeServer;
  http: Server;
  /** Closes the realtime server (clients see it go away) and mounts a fresh one on the same port. */
  restart(options?: Partial<RealtimeOptions>): Promise<void>;
  stop(): Promise<void>;
};

export async function startTestServer(options?: Partial<RealtimeOptions>): Promise<TestServer> {
  const { createRealtimeServer } = await import("./index");
  const { realtimeDependencies } = await import("@/lib/server-wiring/realtime-dependencies");
  const { openDocStore } = await import("@/lib/document-store/open-doc-store");
  const { registerDocStore } = await import("@/lib/document-store/registry");
  // One store for the server and the route-side readers, as server.ts does.
  const docStore = openDocStore();
  const unregisterStore = registerDocStore(docStore);
  const dependencies = realtimeDependencies(docStore);
  let realtime = createRealtimeServer({ ...dependencies, ...options });
  const http = createServer((_req, res) => res.writeHead(404).end());
  http.on("upgrade", (req, socket, head: Buffer) => {
    if (req.url?.startsWith("/collab/")) realtime.handleUpgrade(req, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/collab`,
    get realtime() {
      return realtime;
    },
    http,
    async restart(next) {
      await realtime.close();
      realtime = createRealtimeServer({ ...dependencies, ...(next ?? options) });
    },
    async stop() {
      await realtime.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      unregisterStore();
      await docStore.close();
    },
  };
}

export type TestClient = { doc: Y.Doc; provider: WebsocketProvider; destroy(): void };

export function webSocketWithCookie(cookie: string): typeof globalThis.WebSocket {
  class CookieWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  }
  // y-websocket types its polyfill as the DOM WebSocket; ws implements the same surface.
  return CookieWebSocket as unknown as typeof globalThis.WebSocket;
}

export function connectClient(options: {
  url: string;
  room: string;
  user: SeededUser;
}): TestClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(options.url, options.room, doc, {
    WebSocketPolyfill: webSocketWithCookie(options.user.cookie),
    // Node has BroadcastChannel: without this, clients in one process would sync past the server.
    disableBc: true,
    maxBackoffTime: 200,
  });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export function whenSynced(client: TestClient): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve) => client.provider.once("sync", () => resolve()));
}

export async function waitFor(check: () => boolean, timeoutMs = 3_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error("waitFor timed out");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A raw ws connection, for sending frames no well-behaved client would send. */
export async function openRawSocket(url: string, cookie: string): Promise<WebSocket> {
  const ws = new WebSocket(url, { headers: { cookie } });
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  return ws;
}

export function nextClose(ws: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    ws.once("close", (code: number, reason: Buffer) =>
      resolve({ code, reason: reason.toString() }),
    );
  });
}

/** The HTTP status a refused upgrade answered with. */
export function upgradeStatus(url: string, cookie?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, cookie ? { headers: { cookie } } : {});
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

/**
 * Update rows stored for a doc: in the table, or committed to the realtime server's update journal
 * and not folded into the table yet (sqlite-doc-store.ts).
 */
export function countUpdates(
  sqlite: Database.Database,
  workshopId: string,
  docName: string,
): number {
  const ids = new Set(
    sqlite
      .prepare("SELECT id FROM DocUpdate WHERE workshopId = ? AND docName = ?")
      .pluck()
      .all(workshopId, docName) as number[],
  );
  for (const entry of readJournalFile(updateJournalFile(sqlite.name))) {
    if (entry.workshopId === workshopId && entry.docName === docName) ids.add(entry.id);
  }
  return ids.size;
}

/** A sync "update" frame carrying `update`, as a client sends its edits. */
export function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Collects the reasons of the permission-denied messages a raw socket receives, as they come. */
export function collectRefusals(ws: WebSocket): string[] {
  const reasons: string[] = [];
  ws.on("message", (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== MessageType.auth) return;
    if (decoding.readVarUint(decoder) === 0) reasons.push(decoding.readVarString(decoder));
  });
  return reasons;
}
