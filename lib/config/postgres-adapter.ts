// Prisma's PostgreSQL driver adapter (6.19), set up so the CLI's migration engine works offline too
// (issue 17). Used by prisma.config.ts (migrate deploy / diff) and lib/db.ts (the app's client).
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// PostgreSQL's `name` and `"char"` types: the migration engine's catalog queries return them, and
// adapter-pg 6.19 has no column type for them ("Column type 'name' could not be deserialized").
// pg already hands both over as text; reporting them as text lets the adapter read them.
const CATALOG_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type Fields = { fields?: { dataTypeID: number }[] };

function retype<T>(result: T): T {
  for (const field of (result as Fields | undefined)?.fields ?? []) {
    if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

/** A pg client whose results report `name` and `"char"` columns as text. */
class CatalogTextClient extends pg.Client {
  // pg's query has many overloads (callback, promise, submittable): pass every form through.
  query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) =>
        (last as (e: unknown, r: unknown) => void)(error, error ? result : retype(result));
    }
    const query = super.query as (...queryArgs: unknown[]) => unknown;
    const result = query.apply(this, args);
    if (result instanceof Promise) return result.then(retype) as never;
    return result as never;
  }
}

/**
 * Connection fields of a postgres:// URL. The adapter gets these, not a connectionString: with a
 * connection string its shadow database (migrate diff) would be the real database.
 */
export function postgresPoolConfig(url: string): pg.PoolConfig {
  const parsed = new URL(url);
  const sslmode = parsed.searchParams.get("sslmode");
  const schema = parsed.searchParams.get("schema");
  return {
    host: decodeURIComponent(parsed.hostname) || "localhost",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) || undefined,
    ssl:
      sslmode === "require" || sslmode === "verify-full" || sslmode === "verify-ca"
        ? { rejectUnauthorized: sslmode !== "require" }
        : undefined,
    options: schema ? `-c search_path=${schema}` : undefined,
    Client: CatalogTextClient,
  };
}

/** The adapter factory for the Prisma client and CLI. */
export function postgresAdapter(url: string, pool?: pg.PoolConfig): PrismaPg {
  const config = { ...postgresPoolConfig(url), ...pool };
  const factory = new PrismaPg(config);
  // The stock shadow database is dropped while its own pool still holds a connection to it, which
  // fails ("database is being accessed by other users"): close the pool first, then drop.
  factory.connectToShadowDb = async () => {
    const main = await factory.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadowPool = new pg.Pool({ ...config, database });
    const shadow = await new PrismaPg(shadowPool, { disposeExternalPool: true }).connect();
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      try {
        await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      } finally {
        await main.dispose();
      }
    };
    return shadow;
  };
  return factory;
}
