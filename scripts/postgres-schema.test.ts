import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import {
  createPostgresTestDatabase,
  testPostgresServer,
  type PostgresTestDatabase,
} from "@/lib/testing/test-postgres";
import { POSTGRES_SCHEMA, postgresSchemaFrom, SQLITE_SCHEMA } from "./postgres-schema";

const run = promisify(execFile);
const postgresServer = await testPostgresServer();
const databases: PostgresTestDatabase[] = [];

afterAll(async () => {
  for (const database of databases) await database.cleanup();
});

function prisma(args: string[], databaseUrl: string) {
  const cli = path.join(process.cwd(), "node_modules", "prisma", "build", "index.js");
  const preload = path.join(process.cwd(), "scripts", "prisma-cli-unref-timers.cjs");
  return run(process.execPath, ["--require", preload, cli, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

describe("one schema per engine", () => {
  it("prisma/postgres/schema.prisma is generated from the SQLite one (npx tsx scripts/postgres-schema.ts)", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(
      postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8")),
    );
  });

  it.skipIf(postgresServer === null)(
    "prisma/postgres/migrations build exactly that schema (shadow database, offline engine)",
    { timeout: 60_000 },
    async () => {
      const database = await createPostgresTestDatabase({ migrate: false });
      databases.push(database);
      const { stdout } = await prisma(
        [
          "migrate",
          "diff",
          "--from-migrations",
          "prisma/postgres/migrations",
          "--to-schema-datamodel",
          POSTGRES_SCHEMA,
          "--exit-code",
        ],
        database.url,
      );
      expect(stdout).toContain("No difference detected");
    },
  );

  it.skipIf(postgresServer === null)(
    "migrate deploy and the PostgreSQL client: CRUD, bytes, an interactive transaction",
    { timeout: 60_000 },
    async () => {
      const database = await createPostgresTestDatabase({ migrate: false });
      databases.push(database);
      await prisma(["migrate", "deploy"], database.url);
      const { postgresAdapter } = await import("@/lib/config/postgres-adapter");
      const generated = path.join(process.cwd(), "node_modules", ".prisma", "postgres-client");
      const { PrismaClient } = (await import(
        path.join(generated, "index.js")
      )) as typeof import("@prisma/client");
      const client = new PrismaClient({ adapter: postgresAdapter(database.url) });
      try {
        await client.user.create({ data: { id: "u1", name: "Ada" } });
        await client.workshop.create({ data: { id: "w1", title: "T", createdById: "u1" } });
        const state = new Uint8Array([0, 1, 2, 255, 254]);
        await client.$transaction(async (tx) => {
          await tx.docSnapshot.create({
            data: { workshopId: "w1", docName: "board", state, lastUpdateId: 0 },
          });
          await tx.workshop.update({ where: { id: "w1" }, data: { title: "Renamed" } });
        });
        const stored = await client.docSnapshot.findUniqueOrThrow({
          where: { workshopId_docName: { workshopId: "w1", docName: "board" } },
        });
        expect([...stored.state]).toEqual([...state]);
        expect(stored.updatedAt).toBeInstanceOf(Date);
        expect((await client.workshop.findUniqueOrThrow({ where: { id: "w1" } })).title).toBe(
          "Renamed",
        );
      } finally {
        await client.$disconnect();
      }
    },
  );
});
