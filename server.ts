// The one process: Next.js pages and route handlers, plus the realtime websocket endpoint at /collab.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { hostname as machineName } from "node:os";
import path from "node:path";
import { databaseProvider, prepareRuntimeEnv } from "./lib/config/runtime-env";
import { trustedProxiesFromEnv } from "./lib/auth/client-address";
import { applyMigrations } from "./lib/config/apply-migrations";
import { hardenRequest } from "./lib/config/harden-request";
import { SERVER_TIME_PATH } from "./lib/realtime/protocol";

const dev = process.argv.includes("--dev");
const port = Number.parseInt(process.env.PORT ?? "3000", 10);
const hostname = process.env.HOST ?? "0.0.0.0";

function runPackageBin(...args: string[]): void {
  const [script = "", ...rest] = args;
  execFileSync(process.execPath, [path.join(process.cwd(), "node_modules", script), ...rest], {
    stdio: "inherit",
  });
}

/** A fresh clone has no build yet: make one, so `npm start` is the only command needed. */
function ensureProductionBuild(): void {
  if (existsSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID")))
    return;
  console.log("No production build found: building once (this takes a minute)…");
  generatePrismaClients();
  runPackageBin("next/dist/bin/next", "build");
}

/** One generated client per engine (prisma/sqlite, prisma/postgres), as `npm run db:generate`. */
function generatePrismaClients(): void {
  for (const provider of ["sqlite", "postgres"]) {
    runPackageBin(
      "prisma/build/index.js",
      "generate",
      "--schema",
      `prisma/${provider}/schema.prisma`,
    );
  }
}

/** A build made before the PostgreSQL client existed: generate it once (offline, ~1 s). */
function ensurePostgresClient(): void {
  const generated = path.join(process.cwd(), "node_modules", ".prisma", "postgres-client");
  if (databaseProvider() === "postgres" && !existsSync(path.join(generated, "index.js"))) {
    runPackageBin("prisma/build/index.js", "generate", "--schema", "prisma/postgres/schema.prisma");
  }
}

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`PORT must be a number between 1 and 65535, got "${process.env.PORT}".`);
  }
  (process.env as Record<string, string>).NODE_ENV ??= dev ? "development" : "production";
  prepareRuntimeEnv(port);
  applyMigrations();
  if (!dev) ensureProductionBuild();
  ensurePostgresClient();

  // Loaded after the environment is prepared: both read DATABASE_URL and NEXTAUTH_SECRET.
  const { default: next } = await import("next");
  const { createInProcessRelay, createRealtimeServer, createRedisRelay } =
    await import("./lib/realtime/server/index");
  const { realtimeDependencies } = await import("./lib/server-wiring/realtime-dependencies");
  const { tuneDatabaseConnection } = await import("./lib/db");
  const { openDocStore } = await import("./lib/document-store/open-doc-store");
  const { registerDocStore } = await import("./lib/document-store/registry");
  const { pinResponseStatus, stakeholderPageStatus } =
    await import("./lib/sharing/stakeholder-page-status");
  await tuneDatabaseConnection();
  // The one store of the documents: the realtime server's, and the route handlers' (registry).
  const docStore = openDocStore();
  registerDocStore(docStore);
  // REDIS_URL: one of several instances (README "Several instances"). Docs are relayed to the
  // others through Redis and rate limits are counted there; installed before Next loads its copy.
  const redisUrl = process.env.REDIS_URL;
  const instanceId = `${machineName()}:${port}:${process.pid}`;
  const relay = redisUrl ? createRedisRelay({ url: redisUrl, instanceId }) : createInProcessRelay();
  let limitsRedis: { quit(): Promise<unknown> } | null = null;
  if (redisUrl) {
    const { Redis } = await import("ioredis");
    const { createRedisLimiters } = await import("./lib/auth/rate-limit-redis");
    const { installLimiters } = await import("./lib/auth/rate-limit");
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
    redis.on("error", () => undefined);
    installLimiters(createRedisLimiters(redis));
    limitsRedis = redis;
  }

  const app = next({ dev, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const nextUpgrade = app.getUpgradeHandler();
  // NEXTAUTH_URL is the public address; the upgrade also accepts the address it was sent to.
  const realtime = createRealtimeServer({
    ...realtimeDependencies(docStore),
    relay,
    allowedOrigins: [new URL(process.env.NEXTAUTH_URL ?? `http://localhost:${port}`).origin],
  });
  const trustedProxies = trustedProxiesFromEnv();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    hardenRequest({ req, res, dev, trustedProxies });
    if (req.url === "/collab/health") {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify(realtime.health()));
      return;
    }
    if (req.url === SERVER_TIME_PATH) {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify({ now: Date.now() }));
      return;
    }
    void stakeholderPageStatus(req.url)
      .then((status) => {
        if (status) pinResponseStatus(res, status);
      })
      .catch((error: unknown) => console.error("[server] stakeholder link lookup failed", error))
      .finally(() => void handle(req, res));
  });
  server.on("upgrade", (req, socket, head) => {
    hardenRequest({ req, res: null, dev, trustedProxies });
    if (req.url?.startsWith("/collab/")) realtime.handleUpgrade(req, socket, head);
    else void nextUpgrade(req, socket, head);
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: saving documents and closing connections…`);
    await realtime.close();
    await relay.close?.();
    await limitsRedis?.quit().catch(() => undefined);
    await docStore.close();
    server.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  server.listen(port, hostname, () => {
    console.log(
      `Prepersonalize is ready on http://localhost:${port} (${dev ? "development" : "production"})`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
