// The bench's workshops and members in a throw-away PostgreSQL database (the server
// `npm run test:setup` starts, or TEST_POSTGRES_URL), and a Redis of its own on a free port: the
// multi-instance mode (`--instances N`, `bench:crash -- --postgres`).
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { encode } from "next-auth/jwt";
import { TEST_SECRET } from "@/lib/testing/test-database";
import { createPostgresTestDatabase } from "@/lib/testing/test-postgres";
import { benchRoomIds, type OurDatabase } from "./our-database";

export async function createOurPostgresDatabase(options: {
  rooms: number;
  clientsPerRoom: number;
}): Promise<OurDatabase & { close(): Promise<void> }> {
  const database = await createPostgresTestDatabase();
  const users = Array.from({ length: options.clientsPerRoom }, (_, index) => ({
    id: `bench-user-${index}`,
    name: `Bench ${index}`,
  }));
  await database.pool.query(
    `INSERT INTO "User" (id, name) SELECT * FROM unnest($1::text[], $2::text[])`,
    [users.map((user) => user.id), users.map((user) => user.name)],
  );
  const rooms = benchRoomIds(options.rooms);
  await database.pool.query(
    `INSERT INTO "Workshop" (id, title, "createdById", "updatedAt")
     SELECT id, 'Bench', $2, now() FROM unnest($1::text[]) AS id`,
    [rooms, users[0]?.id],
  );
  const pairs = rooms.flatMap((room) => users.map((user) => [room, user.id] as const));
  await database.pool.query(
    `INSERT INTO "Membership" (id, "workshopId", "userId", role, function)
     SELECT w || '-' || u, w, u, 'participant', 'design' FROM unnest($1::text[], $2::text[]) AS t(w, u)`,
    [pairs.map(([room]) => room), pairs.map(([, user]) => user)],
  );
  const cookies = await Promise.all(
    users.map(async (user) => {
      const token = await encode({
        token: { sub: user.id, name: user.name, isGuest: false },
        secret: TEST_SECRET,
      });
      return `next-auth.session-token=${token}`;
    }),
  );
  return {
    env: { DATABASE_URL: database.url, NEXTAUTH_SECRET: TEST_SECRET },
    cookies,
    cleanup: () => void database.cleanup(),
    close: () => database.cleanup(),
  };
}

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

export type BenchRedis = { url: string; pid: number; stop(): Promise<void> };

/** Debian's redis-server, in memory only, on a free port. */
export async function startBenchRedis(): Promise<BenchRedis> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) resolve();
    });
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  child.stdout?.resume();
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
    },
  };
}
