// One app instance of the cluster tests (cluster.test.ts): the realtime server as server.ts mounts
// it with REDIS_URL, on the PostgreSQL DATABASE_URL it is given. Prints its port on stdout.
import { createRedisRelay } from "./redis-relay";
import { startTestServer } from "./testing";

const url = process.env.REDIS_URL;
if (!url) throw new Error("REDIS_URL is required");
const relay = createRedisRelay({ url, instanceId: `test-${process.pid}` });
// Fast compaction and eviction, so both happen while a test runs.
const server = await startTestServer({ relay, compactEveryUpdates: 50, compactIntervalMs: 2_000 });
process.stdout.write(`${new URL(server.url).port}\n`);
process.on("SIGTERM", () => {
  void server
    .stop()
    .then(() => relay.close?.())
    .finally(() => process.exit(0));
});
