// Several app instances (issue 17), as real processes: two realtime servers on different ports,
// one PostgreSQL database, one Redis (started here, so it can be restarted), the same workshop.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readRecords } from "@/lib/documents/collection";
import { CONTROL_MAP } from "@/lib/documents/control-layout";
import { addPrivateNote, readPrivateNotes } from "@/lib/documents/private-notes";
import { CloseCode } from "@/lib/realtime/protocol";
import { TEST_SECRET } from "@/lib/testing/test-database";
import {
  createPostgresTestDatabase,
  testPostgresServer,
  type PostgresTestDatabase,
} from "@/lib/testing/test-postgres";
import {
  connectClient,
  sleep,
  waitFor,
  whenSynced,
  type SeededUser,
  type TestClient,
} from "./testing";

const run = promisify(execFile);
const postgresServer = await testPostgresServer();
const redisBinary = await run("redis-server", ["--version"]).then(
  () => "redis-server",
  () => {
    if (process.env.CI === "true") throw new Error("redis-server missing: run npm run test:setup");
    console.warn("[test] redis-server not installed: the cluster tests are skipped");
    return null;
  },
);
const skip = postgresServer === null || redisBinary === null;

let database: PostgresTestDatabase;
const users: SeededUser[] = [];
const children = new Set<ChildProcess>();
const clients: TestClient[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

type Redis = { url: string; stop(): Promise<void>; start(): Promise<void> };

async function startRedis(): Promise<Redis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  async function start(): Promise<void> {
    // In memory only: a restart loses every stream, the worst case for the relay.
    const process_ = spawn(
      redisBinary ?? "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    children.add(process_);
    child = process_;
    await new Promise<void>((resolve, reject) => {
      let output = "";
      process_.stdout?.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Ready to accept connections")) resolve();
      });
      process_.once("exit", (code) => reject(new Error(`redis-server exited with ${code}`)));
    });
  }
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    async stop() {
      const current = child;
      if (!current) return;
      const exited = new Promise((resolve) => current.once("exit", resolve));
      current.kill("SIGKILL");
      await exited;
      children.delete(current);
      child = null;
    },
  };
}

type Instance = {
  url: string;
  /** Its HTTP side, where the route handlers' stand-ins answer (testing-cluster-server.ts). */
  http: string;
  child: ChildProcess;
  kill(): Promise<void>;
};

async function startInstance(redis: Redis): Promise<Instance> {
  // node --import tsx keeps the server in this one process (kill -9 reaches the server itself).
  const script = path.join(import.meta.dirname, "testing-cluster-server.ts");
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      NEXTAUTH_SECRET: TEST_SECRET,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.add(child);
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout?.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once("exit", (code) => reject(new Error(`instance exited with ${code}`)));
  });
  return {
    url: `ws://127.0.0.1:${port}/collab`,
    http: `http://127.0.0.1:${port}`,
    child,
    async kill() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
      children.delete(child);
    },
  };
}

async function seedWorkshop(workshopId: string): Promise<void> {
  await database.pool.query(
    `INSERT INTO "Workshop" (id, title, "createdById", "updatedAt") VALUES ($1, 'Cluster', $2, now())`,
    [workshopId, users[0]?.id],
  );
  for (const user of users) {
    await database.pool.query(
      `INSERT INTO "Membership" (id, "workshopId", "userId", role, function) VALUES ($1, $2, $3, 'participant', 'design')`,
      [`${workshopId}-${user.id}`, workshopId, user.id],
    );
  }
}

function client(url: string, room: string, user: SeededUser): TestClient {
  const connected = connectClient({ url, room, user });
  clients.push(connected);
  return connected;
}

function items(testClient: TestClient): string[] {
  return testClient.doc.getArray<string>("items").toArray();
}

/** A fresh client's view of an instance: what the server holds, nothing a client resent. */
async function serverState(url: string, room: string): Promise<Y.Doc> {
  const reader = client(url, room, users[0] as SeededUser);
  await whenSynced(reader);
  return reader.doc;
}

beforeAll(async () => {
  if (skip) return;
  database = await createPostgresTestDatabase();
  for (const [id, name] of [
    ["ana", "Ana"],
    ["ben", "Ben"],
    ["cy", "Cy"],
  ] as const) {
    await database.pool.query(`INSERT INTO "User" (id, name) VALUES ($1, $2)`, [id, name]);
    const token = await encode({ token: { sub: id, name, isGuest: false }, secret: TEST_SECRET });
    users.push({ id, name, cookie: `next-auth.session-token=${token}` });
  }
  for (const id of ["edits", "crash", "redis", "routes"]) await seedWorkshop(id);
}, 30_000);

afterAll(async () => {
  for (const testClient of clients) testClient.destroy();
  for (const child of children) child.kill("SIGKILL");
  await database?.cleanup();
});

// Generous timeouts: the processes share the machine with whatever else runs (each test takes
// 2–4 s when it is quiet).
describe.skipIf(skip)("two instances, one PostgreSQL, one Redis", { timeout: 60_000 }, () => {
  it("relays edits and presence between clients on different instances", async () => {
    const redis = await startRedis();
    const [first, second] = await Promise.all([startInstance(redis), startInstance(redis)]);
    const room = "workshop/edits/board";
    const [ana, ben, cy] = users as [SeededUser, SeededUser, SeededUser];
    const onFirst = client(first.url, room, ana);
    const onSecond = client(second.url, room, ben);
    await Promise.all([whenSynced(onFirst), whenSynced(onSecond)]);

    onFirst.doc.getArray<string>("items").push(["from the first"]);
    await waitFor(() => items(onSecond).includes("from the first"));
    onSecond.doc.getArray<string>("items").push(["from the second"]);
    await waitFor(() => items(onFirst).includes("from the second"));

    onFirst.provider.awareness.setLocalStateField("cursor", { x: 0.25 });
    await waitFor(() =>
      [...onSecond.provider.awareness.getStates().values()].some(
        (state) => (state.cursor as { x?: number } | undefined)?.x === 0.25,
      ),
    );
    // A late joiner on the second instance sees the first instance's presence straight away.
    const late = client(second.url, room, cy);
    await whenSynced(late);
    await waitFor(() =>
      [...late.provider.awareness.getStates().values()].some(
        (state) => (state.user as { userId?: string } | undefined)?.userId === ana.id,
      ),
    );
    expect(items(late).sort()).toEqual(["from the first", "from the second"]);
    await Promise.all([first.kill(), second.kill(), redis.stop()]);
  });

  it("kill -9 of one instance: its clients reconnect to the other, nothing relayed is lost", async () => {
    const redis = await startRedis();
    const [doomed, survivor] = await Promise.all([startInstance(redis), startInstance(redis)]);
    const room = "workshop/crash/board";
    const [ana, ben, cy] = users as [SeededUser, SeededUser, SeededUser];
    const writers = [client(doomed.url, room, ana), client(survivor.url, room, ben)];
    const watchers = [client(doomed.url, room, cy), client(survivor.url, room, cy)];
    await Promise.all([...writers, ...watchers].map(whenSynced));

    let sent = 0;
    let writing = true as boolean;
    const streaming = (async () => {
      while (writing) {
        for (const [index, writer] of writers.entries()) {
          writer.doc.getArray<string>("items").push([`w${index}-${sent}`]);
        }
        sent += 1;
        await sleep(2);
      }
    })();
    await waitFor(() => items(watchers[1] as TestClient).length > 200, 10_000);
    await doomed.kill();
    writing = false;
    await streaming;
    // What every client saw relayed before the crash.
    const seen = new Set(watchers.flatMap((watcher) => items(watcher)));
    // The survivor's own state, before the orphans reconnect and resend what they hold: a new
    // connection makes it catch up from the store (what the dead one committed but never relayed
    // through Redis), which it relays to its clients.
    const held = await serverState(survivor.url, room);
    const missing = () => {
      const stored = new Set(held.getArray<string>("items").toArray());
      return [...seen].filter((item) => !stored.has(item));
    };
    // The catch-up runs at most a second after the room's last read of the store.
    await waitFor(() => missing().length === 0, 5_000).catch(() => undefined);
    expect(seen.size).toBeGreaterThan(200);
    expect(missing()).toEqual([]);

    // A load balancer sends the reconnects to the instance that is left; they edit on.
    for (const orphan of [writers[0], watchers[0]] as TestClient[]) {
      orphan.provider.serverUrl = survivor.url;
    }
    await waitFor(() => (writers[0] as TestClient).provider.synced, 10_000);
    for (const [index, writer] of writers.entries()) {
      writer.doc.getArray<string>("items").push([`after-${index}`]);
    }
    // Every client converges on the survivor's doc.
    const expected = () => Y.encodeStateVector(held).toString();
    await waitFor(
      () =>
        [...writers, ...watchers].every(
          (each) => each.provider.synced && Y.encodeStateVector(each.doc).toString() === expected(),
        ),
      20_000,
    );
    for (const each of [...writers, ...watchers]) {
      expect(items(each).sort()).toEqual(held.getArray<string>("items").toArray().sort());
    }
    await Promise.all([survivor.kill(), redis.stop()]);
  });

  it("a Redis restart mid-session loses nothing: the docs converge once it is back", async () => {
    const redis = await startRedis();
    const [first, second] = await Promise.all([startInstance(redis), startInstance(redis)]);
    const room = "workshop/redis/board";
    const [ana, ben] = users as [SeededUser, SeededUser];
    const onFirst = client(first.url, room, ana);
    const onSecond = client(second.url, room, ben);
    await Promise.all([whenSynced(onFirst), whenSynced(onSecond)]);
    const push = (each: TestClient, label: string, count: number) => {
      for (let index = 0; index < count; index++) {
        each.doc.getArray<string>("items").push([`${label}-${index}`]);
      }
    };
    push(onFirst, "before-a", 20);
    push(onSecond, "before-b", 20);
    await waitFor(() => items(onFirst).length === 40 && items(onSecond).length === 40);

    await redis.stop();
    push(onFirst, "during-a", 30);
    push(onSecond, "during-b", 30);
    await sleep(300);
    await redis.start();
    push(onFirst, "after-a", 10);
    push(onSecond, "after-b", 10);

    await waitFor(() => items(onFirst).length === 120 && items(onSecond).length === 120, 20_000);
    for (const url of [first.url, second.url]) {
      const held = await serverState(url, room);
      expect(held.getArray<string>("items").length).toBe(120);
    }
    await Promise.all([first.kill(), second.kill(), redis.stop()]);
  });

  it("a role change and a reveal sent to one instance's routes run where the workshop is held", async () => {
    const redis = await startRedis();
    const [routes, holder] = await Promise.all([startInstance(redis), startInstance(redis)]);
    const [ana, ben, cy] = users as [SeededUser, SeededUser, SeededUser];
    // Everyone works on the holder; the route handlers run on the other instance.
    const benControl = client(holder.url, "workshop/routes/control", ben);
    const cyBoard = client(holder.url, "workshop/routes/board", cy);
    const cyPrivate = client(holder.url, "workshop/routes/private/cy", cy);
    await Promise.all([benControl, cyBoard, cyPrivate].map(whenSynced));
    const closes: number[] = [];
    benControl.provider.on("connection-close", (event: CloseEvent | null) => {
      if (event) closes.push(event.code);
    });
    addPrivateNote(cyPrivate.doc, { kind: "scenario", segmentId: null, text: "Hidden till now" });
    const stored = async () => {
      const { rows } = await database.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "DocUpdate" WHERE "workshopId" = 'routes' AND "docName" = 'private/cy'`,
      );
      return rows[0]?.n ?? 0;
    };
    for (let waited = 0; (await stored()) === 0 && waited < 10_000; waited += 50) await sleep(50);

    const post = async (path: string) => {
      const response = await fetch(`${routes.http}${path}`, { method: "POST" });
      expect(response.status).toBe(200);
      return (await response.json()) as unknown;
    };
    const roleChange = await post(
      `/actions/change-role?workshop=routes&by=${ana.id}&user=${ben.id}&role=observer`,
    );
    expect(roleChange).toEqual({ ok: true, value: { name: "Ben" } });
    // Ben's socket on the holder is closed to take the new role and reloads roles.
    await waitFor(() => closes.includes(CloseCode.roleChanged), 10_000);
    await waitFor(
      () =>
        benControl.provider.synced && benControl.doc.getMap(CONTROL_MAP).get("rolesVersion") === 1,
      10_000,
    );

    expect(await post("/actions/reveal?workshop=routes")).toEqual({ revealed: 1 });
    const boardTexts = () => readRecords(cyBoard.doc, "scenarios").map((note) => note.text);
    await waitFor(() => boardTexts().includes("Hidden till now"), 10_000);
    await waitFor(() => readPrivateNotes(cyPrivate.doc).length === 0, 10_000);

    // Both ran on the holder: the instance that took the requests never loaded the workshop.
    const health = (await (await fetch(`${routes.http}/health`)).json()) as {
      workshopsInMemory: number;
    };
    expect(health.workshopsInMemory).toBe(0);
    await Promise.all([routes.kill(), holder.kill(), redis.stop()]);
  });

  it("two instances running migrate deploy at once on an empty database", async () => {
    const fresh = await createPostgresTestDatabase({ migrate: false });
    try {
      const cli = path.join(process.cwd(), "node_modules", "prisma", "build", "index.js");
      const preload = path.join(process.cwd(), "scripts", "prisma-cli-unref-timers.cjs");
      const deploy = () =>
        run(process.execPath, ["--require", preload, cli, "migrate", "deploy"], {
          env: { ...process.env, DATABASE_URL: fresh.url },
        });
      await Promise.all([deploy(), deploy()]);
      const applied = await fresh.pool.query<{ migration_name: string }>(
        `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`,
      );
      const names = applied.rows.map((row) => row.migration_name);
      expect(names.length).toBeGreaterThan(0);
      expect(new Set(names).size).toBe(names.length);
      const tables = await fresh.pool.query(`SELECT count(*)::int AS n FROM "DocUpdate"`);
      expect(tables.rows[0]).toEqual({ n: 0 });
    } finally {
      await fresh.cleanup();
    }
  });
});
