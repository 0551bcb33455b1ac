// One server-only replay, in its own process (node --import tsx bench/replay/replay-server.ts):
// REPLAY_SERVER (ours | reference) is created in this process, every captured connection is
// upgraded over an in-memory socket (real ws framing and parsing, no TCP), the clients' sync frames
// are fed, then their edits on the recorded timetable. CPU of this process (all threads: for ours
// also SQLite's checkpoint worker) over the timed part, after 1 s of warm-up, until the server has
// committed and relayed everything fed. Prints one JSON line.
import type { Duplex } from "node:stream";
import { writeHeapSnapshot } from "node:v8";
import { readCapture } from "./capture";
import { FakeSocket, maskedFrame, upgradeRequest } from "./fake-socket";

type ReplayServer = {
  upgrade(url: string, cookie: string | undefined, socket: Duplex): void;
  url(room: string): string;
  cookie(slot: number): string | undefined;
  /** Resolves once everything fed so far is committed and relayed. */
  drained(): Promise<void>;
  refused(): number;
  close(): Promise<void>;
};

const WARMUP_MS = 1_000;
// Connected and synced, before the edits: what the server costs when nothing happens (timers,
// background work), which the edits of a small load pay for per update.
const IDLE_MS = 3_000;
const MESSAGE_SYNC = 0;
const SYNC_UPDATE = 2;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function createOurs(rooms: number, clientsPerRoom: number): Promise<ReplayServer> {
  const { createOurDatabase } = await import("../lib/our-database");
  const database = await createOurDatabase({ rooms, clientsPerRoom });
  const { tuneDatabaseConnection } = await import("@/lib/db");
  const { createRealtimeServer } = await import("@/lib/realtime/server/index");
  const { realtimeDependencies } = await import("@/lib/server-wiring/realtime-dependencies");
  const { openDocStore } = await import("@/lib/document-store/open-doc-store");
  await tuneDatabaseConnection();
  const store = openDocStore();
  // As bench/servers/ours.ts mounts it: default options, real auth and persistence.
  const realtime = createRealtimeServer({
    ...realtimeDependencies(store),
    maxSocketsPerUser: Number.POSITIVE_INFINITY,
  });
  return {
    upgrade: (url, cookie, socket) =>
      realtime.handleUpgrade(upgradeRequest(url, cookie), socket, Buffer.alloc(0)),
    url: (room) => `/collab/workshop/${room}/board`,
    cookie: (slot) => database.cookies[slot],
    async drained() {
      while (realtime.health().persistence.pendingUpdates > 0) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      await new Promise((resolve) => setImmediate(resolve));
    },
    refused: () => realtime.health().writesDropped,
    async close() {
      await realtime.close();
      await store.close();
      database.cleanup();
    },
  };
}

async function createReference(): Promise<ReplayServer> {
  const { WebSocketServer } = await import("ws");
  const { setupWSConnection } = await import("y-websocket-v2/bin/utils");
  // As bench/servers/reference.ts: y-websocket 2's setupWSConnection, in memory.
  const wss = new WebSocketServer({ noServer: true });
  return {
    upgrade(url, cookie, socket) {
      const req = upgradeRequest(url, cookie);
      wss.handleUpgrade(req, socket, Buffer.alloc(0), (ws) => setupWSConnection(ws, req));
    },
    url: (room) => `/${room}`,
    cookie: () => undefined,
    drained: () => new Promise((resolve) => setImmediate(resolve)),
    refused: () => 0,
    async close() {
      for (const client of wss.clients) client.terminate();
    },
  };
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Live JS heap after full collections; null unless node runs with --expose-gc. */
function liveHeap(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function kbPer(bytes: number | null, base: number | null, count: number): number | null {
  if (bytes === null || base === null) return null;
  return Math.round(((bytes - base) / 1024 / count) * 10) / 10;
}

function isUpdate(bytes: Uint8Array): boolean {
  return bytes[0] === MESSAGE_SYNC && bytes[1] === SYNC_UPDATE;
}

async function main(): Promise<void> {
  const kind = process.env.REPLAY_SERVER === "ours" ? "ours" : "reference";
  const capture = readCapture(process.env.REPLAY_CAPTURE ?? "");
  const server =
    kind === "ours"
      ? await createOurs(capture.rooms, capture.clientsPerRoom)
      : await createReference();
  const frames = capture.frames.map((frame) => ({ ...frame, wire: maskedFrame(frame.bytes) }));
  const setup = frames.filter((frame) => frame.t < 0);
  const timed = frames.filter((frame) => frame.t >= 0);

  const heapBefore = liveHeap();
  const sockets: FakeSocket[] = [];
  await Promise.all(
    capture.connections.map(
      (connection) =>
        new Promise<void>((resolve) => {
          const socket = new FakeSocket(resolve);
          sockets.push(socket);
          server.upgrade(server.url(connection.room), server.cookie(connection.slot), socket);
        }),
    ),
  );
  for (const frame of setup) sockets[frame.connection]?.push(frame.wire);
  await server.drained();
  await sleep(500);
  // Connected and synced, before any edit (BENCH_SERVER_NODE_ARGS=--expose-gc).
  const heapConnected = liveHeap();
  // REPLAY_HEAP_SNAPSHOT=<file>: what the connected server holds, for a heap viewer.
  if (process.env.REPLAY_HEAP_SNAPSHOT) writeHeapSnapshot(process.env.REPLAY_HEAP_SNAPSHOT);

  const idleCpuStart = cpuMs();
  await sleep(IDLE_MS);
  const idleCpuMs = cpuMs() - idleCpuStart;

  let cpuStart = 0;
  let measuredFrom = 0;
  let updates = 0;
  let next = 0;
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const step = () => {
      const elapsed = performance.now() - started;
      if (measuredFrom === 0 && elapsed >= WARMUP_MS) {
        measuredFrom = performance.now();
        cpuStart = cpuMs();
      }
      while (next < timed.length && (timed[next]?.t ?? 0) <= elapsed) {
        const frame = timed[next++];
        if (!frame) break;
        if (measuredFrom > 0 && isUpdate(frame.bytes)) updates += 1;
        sockets[frame.connection]?.push(frame.wire);
      }
      const upcoming = timed[next];
      if (!upcoming) {
        resolve();
        return;
      }
      setTimeout(step, Math.max(0, upcoming.t - (performance.now() - started)));
    };
    step();
  });
  await server.drained();
  const cpu = cpuMs() - cpuStart;
  const heapEdited = liveHeap();
  const seconds = (performance.now() - measuredFrom) / 1000;
  const deliveries = updates * (capture.clientsPerRoom - 1);
  const result = {
    server: kind,
    rooms: capture.rooms,
    clients: capture.connections.length,
    updates,
    deliveries,
    seconds: Math.round(seconds * 100) / 100,
    cpu_ms: Math.round(cpu),
    cpu_pct: Math.round(cpu / 10 / seconds),
    us_per_update: Math.round((cpu * 1000) / updates),
    us_per_delivery: Math.round(((cpu * 1000) / deliveries) * 10) / 10,
    idle_cpu_ms_per_s: Math.round((idleCpuMs / IDLE_MS) * 1000 * 10) / 10,
    kb_out: Math.round(sockets.reduce((sum, socket) => sum + socket.bytesOut, 0) / 1024),
    refused: server.refused(),
    rss_mb: Math.round(process.memoryUsage().rss / 2 ** 20),
    // Live JS heap per connection after a full GC (null without --expose-gc): connected and
    // synced before any edit, and after every edit was committed and relayed.
    heap_kb_per_conn_synced: kbPer(heapConnected, heapBefore, capture.connections.length),
    heap_kb_per_conn_edited: kbPer(heapEdited, heapBefore, capture.connections.length),
  };
  await server.close();
  process.stdout.write(`${JSON.stringify({ replay: result })}\n`);
  process.exit(0);
}

await main();
