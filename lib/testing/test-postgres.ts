// Test support: a throw-away PostgreSQL database per test file, on the server `npm run test:setup`
// starts (scripts/ensure-postgres.sh) or TEST_POSTGRES_URL. Not imported by production code.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export const DEFAULT_TEST_POSTGRES_URL =
  "postgres://prepersonalize:prepersonalize@127.0.0.1:5432/postgres";

function serverUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;
}

function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

/**
 * The test server's URL, or null when none answers. In CI (CI=true) a missing server fails the
 * run instead: the distributed tests must not pass by being skipped.
 */
export async function testPostgresServer(): Promise<string | null> {
  const url = serverUrl();
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return url;
  } catch (error) {
    if (process.env.CI === "true") {
      throw new Error(
        `PostgreSQL is not reachable at ${url} (run \`npm run test:setup\`): ${String(error)}`,
      );
    }
    console.warn(`[test] PostgreSQL not reachable at ${url}: its tests are skipped`);
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export type PostgresTestDatabase = {
  url: string;
  pool: pg.Pool;
  cleanup(): Promise<void>;
};

/** A new database with every migration of prisma/postgres applied. */
export async function createPostgresTestDatabase(
  options: { migrate?: boolean } = {},
): Promise<PostgresTestDatabase> {
  const server = serverUrl();
  const name = `pp_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDatabase(server, name);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  if (options.migrate ?? true) {
    const migrations = path.join(process.cwd(), "prisma", "postgres", "migrations");
    for (const entry of readdirSync(migrations).sort()) {
      if (entry.endsWith(".toml")) continue;
      await pool.query(readFileSync(path.join(migrations, entry, "migration.sql"), "utf8"));
    }
  }
  return {
    url,
    pool,
    async cleanup() {
      await pool.end();
      const dropper = new pg.Client({ connectionString: server });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}
