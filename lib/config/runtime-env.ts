import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { secureDatabaseFiles } from "./secure-database-files";

const DATABASE_FILE = "prepersonalize.db";
const SECRET_FILE = "nextauth-secret";

/** The one folder that holds everything the app writes: database and generated secret. */
export function resolveDataDir(): string {
  return path.resolve(process.env.PREPERSONALIZE_DATA_DIR ?? path.join(process.cwd(), "data"));
}

export function resolveDatabaseUrl(): string {
  return process.env.DATABASE_URL ?? `file:${path.join(resolveDataDir(), DATABASE_FILE)}`;
}

export type DatabaseProvider = "sqlite" | "postgres";

/**
 * The database engine behind a URL: `postgres://` or `postgresql://` is PostgreSQL (the
 * multi-instance mode, see README "Several instances"); anything else is a SQLite file.
 */
export function databaseProvider(url: string = resolveDatabaseUrl()): DatabaseProvider {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgres" : "sqlite";
}

/** Path of the SQLite file behind a `file:` URL, resolved against the working directory. */
export function databaseFilePath(url: string = resolveDatabaseUrl()): string {
  return path.resolve(url.replace(/^file:/, ""));
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, SECRET_FILE);
  if (existsSync(file)) {
    const saved = readFileSync(file, "utf8").trim();
    if (saved.length >= 32) return saved;
  }
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

/**
 * Makes a fresh clone start with zero configuration: creates the data folder, points the
 * database at it and generates a persistent session secret, unless the environment says otherwise.
 */
export function prepareRuntimeEnv(port: number): void {
  const dataDir = resolveDataDir();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  process.env.DATABASE_URL = resolveDatabaseUrl();
  if (databaseProvider() === "sqlite") {
    mkdirSync(path.dirname(databaseFilePath()), { recursive: true, mode: 0o700 });
    secureDatabaseFiles(databaseFilePath());
  }
  process.env.NEXTAUTH_SECRET ??= readOrCreateSecret(dataDir);
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
}
