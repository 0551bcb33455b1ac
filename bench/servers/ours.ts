// Our realtime server as server.ts mounts it (durable, real auth and persistence, default options),
// alone in a process so its CPU and memory can be measured. Needs DATABASE_URL and NEXTAUTH_SECRET.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { announcePort, requestedPort } from "./announce";

const { tuneDatabaseConnection } = await import("@/lib/db");
const { createRealtimeServer } = await import("@/lib/realtime/server/index");
const { realtimeDependencies } = await import("@/lib/server-wiring/realtime-dependencies");
const { openDocStore } = await import("@/lib/document-store/open-doc-store");
const { createRedisRelay } = await import("@/lib/realtime/server/redis-relay");
await tuneDatabaseConnection();
// REDIS_URL (the bench's --instances N): one of several instances, as server.ts runs it.
const redisUrl = process.env.REDIS_URL;
// BENCH_XADDS_PER_WRITE=Infinity: the relay's XADDs in one write after each pass, as before 5b4acc2.
const xaddsPerWrite = process.env.BENCH_XADDS_PER_WRITE
  ? Number(process.env.BENCH_XADDS_PER_WRITE)
  : undefined;
// BENCH_UPDATE_JOURNAL=0: SQLite commits each group's rows to the table, as before the journal.
const updateJournal = process.env.BENCH_UPDATE_JOURNAL !== "0";
// The bench's 12 users sit in every room (up to 500 sockets each); real people hold a few.
const realtime = createRealtimeServer({
  ...realtimeDependencies(openDocStore(undefined, { updateJournal })),
  ...(redisUrl
    ? {
        relay: createRedisRelay({
          url: redisUrl,
          instanceId: `bench-${process.pid}`,
          xaddsPerWrite,
        }),
      }
    : {}),
  maxSocketsPerUser: Number.POSITIVE_INFINITY,
});

// The upgrade check's two queries, run once before the baseline RSS is read: the first Prisma
// query loads its query compiler (WebAssembly, tens of MB), a fixed cost of the process that the
// KB-per-connection figure would otherwise charge to the connections. Nothing else is cached:
// each real upgrade still reads its session version and membership.
{
  const { forgetSessionVersion, isSessionCurrent } = await import("@/lib/auth/session-version");
  const { getMembership } = await import("@/lib/workshops/get-membership");
  await isSessionCurrent({ userId: "bench-warm-up", tokenVersion: 0 });
  forgetSessionVersion("bench-warm-up");
  await getMembership({ workshopId: "bench-warm-up", userId: "bench-warm-up" });
}

const http = createServer((req, res) => {
  if (req.url === "/collab/health") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(realtime.health()));
    return;
  }
  res.writeHead(404).end();
});
http.on("upgrade", (req, socket, head: Buffer) => {
  if (req.url?.startsWith("/collab/")) realtime.handleUpgrade(req, socket, head);
  else socket.destroy();
});
http.listen(requestedPort(), "127.0.0.1", () => {
  announcePort((http.address() as AddressInfo).port);
});
process.on("SIGTERM", () => {
  void realtime.close().finally(() => process.exit(0));
});
