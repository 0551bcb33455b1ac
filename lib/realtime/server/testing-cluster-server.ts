// One app instance of the cluster tests (cluster.test.ts): the realtime server as server.ts mounts
// it with REDIS_URL, on the PostgreSQL DATABASE_URL it is given. Prints its port on stdout. Its
// HTTP side stands in for the app's route handlers and server actions: it calls the same domain
// functions with the process's live API (liveApi(), as app/workshops/[workshopId]/*-actions.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
import { liveApi } from "@/lib/realtime/live-api";
import { changeMemberRole } from "@/lib/workshops/change-member-role";
import { createRedisRelay } from "./redis-relay";
import { startTestServer } from "./testing";

const url = process.env.REDIS_URL;
if (!url) throw new Error("REDIS_URL is required");
const relay = createRedisRelay({ url, instanceId: `test-${process.pid}` });
// Fast compaction and eviction, so both happen while a test runs.
const server = await startTestServer({ relay, compactEveryUpdates: 50, compactIntervalMs: 2_000 });

async function route(req: IncomingMessage): Promise<unknown> {
  const address = new URL(req.url ?? "/", "http://instance");
  const param = (name: string) => address.searchParams.get(name) ?? "";
  if (address.pathname === "/health") return server.realtime.health();
  const live = liveApi();
  if (req.method !== "POST" || !live) return null;
  if (address.pathname === "/actions/change-role") {
    return changeMemberRole({
      workshopId: param("workshop"),
      byUserId: param("by"),
      userId: param("user"),
      role: param("role") === "observer" ? "observer" : "participant",
      live,
    });
  }
  if (address.pathname === "/actions/reveal") return live.revealPrivateNotes(param("workshop"));
  return null;
}

server.http.removeAllListeners("request");
server.http.on("request", (req: IncomingMessage, res: ServerResponse) => {
  route(req).then(
    (body) => {
      if (body === null) res.writeHead(404).end();
      else res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    },
    (error: unknown) => res.writeHead(500).end(String(error)),
  );
});

process.stdout.write(`${new URL(server.url).port}\n`);
process.on("SIGTERM", () => {
  void server
    .stop()
    .then(() => relay.close?.())
    .finally(() => process.exit(0));
});
