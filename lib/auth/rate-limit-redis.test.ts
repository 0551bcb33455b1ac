import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import type { Limiters } from "./rate-limit";
import { createRedisLimiters } from "./rate-limit-redis";

// Two app instances' limiters on one Redis (scripts/ensure-redis.sh, or TEST_REDIS_URL): each has
// its own connection and its own in-memory counts, as two processes would.
const url = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const probe = new Redis(url, {
  lazyConnect: true,
  maxRetriesPerRequest: 0,
  retryStrategy: () => null,
});
probe.on("error", () => undefined);
const reachable = await probe.connect().then(
  () => true,
  (error: unknown) => {
    if (process.env.CI === "true")
      throw new Error(`Redis not reachable at ${url}: ${String(error)}`);
    console.warn(`[test] Redis not reachable at ${url}: its rate-limit tests are skipped`);
    return false;
  },
);
const connections: Redis[] = [];

function instance(): Limiters {
  const redis = new Redis(url);
  connections.push(redis);
  return createRedisLimiters(redis);
}

let database: TestDatabase;
let modules: {
  createAccount: typeof import("./create-account").createAccount;
  signInWithPassword: typeof import("./sign-in-with-password").signInWithPassword;
  db: typeof import("@/lib/db").db;
};
// An account of its own per run: the per-account count lasts 15 minutes in the shared Redis.
const OWNER = { email: `owner-${randomUUID()}@example.test`, password: "the owner's own password" };

beforeAll(async () => {
  if (!reachable) return;
  database = createTestDatabase();
  modules = {
    ...(await import("./create-account")),
    ...(await import("./sign-in-with-password")),
    ...(await import("@/lib/db")),
  };
  await modules.createAccount({ name: "Owner", ...OWNER });
}, 30_000);

afterAll(async () => {
  for (const redis of connections) redis.disconnect();
  if (!reachable) return;
  await probe.quit();
  await modules.db.$disconnect();
  database.cleanup();
});

describe.skipIf(!reachable)("rate limits in Redis, two instances", () => {
  it("lets exactly the limit of sign-ups through, alternating between instances", async () => {
    const [first, second] = [instance(), instance()];
    const client = `client-${randomUUID()}`;
    const limit = Number.parseInt(process.env.PREPERSONALIZE_SIGNUP_LIMIT ?? "20", 10);
    const answers: boolean[] = [];
    for (let index = 0; index < limit + 6; index++) {
      answers.push(await (index % 2 === 0 ? first : second).signUp.take(client));
    }
    // Neither instance alone reached the limit; together they used it up, not one more.
    expect(answers.filter(Boolean)).toHaveLength(limit);
    expect(answers.slice(0, limit).every(Boolean)).toBe(true);
    expect(await first.signUp.retryAfterSeconds(client)).toBeGreaterThan(0);
    expect(await second.signUp.retryAfterSeconds(client)).toBeGreaterThan(0);
  });

  it("a wrong password counted on one instance counts on the other: 5 guesses in all", async () => {
    const [first, second] = [instance(), instance()];
    const client = `guesser-${randomUUID()}`;
    const codes: string[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      const result = await modules.signInWithPassword({
        email: OWNER.email,
        password: `guess ${attempt}`,
        client,
        limits: attempt % 2 === 0 ? first : second,
      });
      codes.push(result.ok ? "ok" : result.error.code);
    }
    // The per-(client, account) limit is 5: the 6th attempt is refused whichever instance gets
    // it, and so is every later one, on both.
    expect(codes).toEqual([...Array(5).fill("invalid"), ...Array(5).fill("rate-limited")]);
    for (const limits of [first, second]) {
      const right = await modules.signInWithPassword({ ...OWNER, client, limits });
      expect(right).toMatchObject({ ok: false, error: { code: "rate-limited" } });
    }
    // The owner, elsewhere, gets in on either instance.
    const owner = await modules.signInWithPassword({
      ...OWNER,
      client: `owner-${randomUUID()}`,
      limits: second,
    });
    expect(owner.ok).toBe(true);
  }, 30_000);

  it("parallel guesses on two instances get 5 checked passwords in all, not 5 each", async () => {
    const [first, second] = [instance(), instance()];
    const client = `parallel-${randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, attempt) =>
        modules.signInWithPassword({
          email: OWNER.email,
          password: `guess ${attempt}`,
          client,
          limits: attempt % 2 === 0 ? first : second,
        }),
      ),
    );
    const codes = results.map((result) => (result.ok ? "ok" : result.error.code));
    expect(codes.filter((code) => code === "invalid")).toHaveLength(5);
    expect(codes.filter((code) => code === "rate-limited")).toHaveLength(7);
  }, 30_000);

  it("a success on one instance resets the pair on the other", async () => {
    const [first, second] = [instance(), instance()];
    const client = `owner-${randomUUID()}`;
    for (let attempt = 0; attempt < 4; attempt++) {
      const result = await modules.signInWithPassword({
        email: OWNER.email,
        password: "typo",
        client,
        limits: first,
      });
      expect(result).toMatchObject({ ok: false, error: { code: "invalid" } });
    }
    expect((await modules.signInWithPassword({ ...OWNER, client, limits: second })).ok).toBe(true);
    // Four more typos are allowed again, on the first instance, which counted the earlier four.
    for (let attempt = 0; attempt < 4; attempt++) {
      const result = await modules.signInWithPassword({
        email: OWNER.email,
        password: "typo",
        client,
        limits: first,
      });
      expect(result).toMatchObject({ ok: false, error: { code: "invalid" } });
    }
  }, 30_000);

  it("counts in memory when Redis does not answer", async () => {
    const down = new Redis("redis://127.0.0.1:1", {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    down.on("error", () => undefined);
    connections.push(down);
    const limits = createRedisLimiters(down, { timeoutMs: 200 });
    const client = `offline-${randomUUID()}`;
    const limit = Number.parseInt(process.env.PREPERSONALIZE_SIGNUP_LIMIT ?? "20", 10);
    const answers: boolean[] = [];
    for (let index = 0; index < limit + 2; index++) answers.push(await limits.signUp.take(client));
    expect(answers.filter(Boolean)).toHaveLength(limit);
    expect(answers.at(-1)).toBe(false);
  });
});
