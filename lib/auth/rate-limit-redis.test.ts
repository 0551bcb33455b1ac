import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { createRedisLimiters } from "./rate-limit-redis";

// Two app instances' limiters on one Redis (scripts/ensure-redis.sh, or TEST_REDIS_URL).
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

function instance() {
  const redis = new Redis(url);
  connections.push(redis);
  return createRedisLimiters(redis);
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 100));
}

afterAll(async () => {
  for (const redis of connections) await redis.quit();
  if (reachable) await probe.quit();
});

describe.skipIf(!reachable)("rate limits in Redis", () => {
  it("counts sign-ups from every instance against one limit", async () => {
    const [first, second] = [instance(), instance()];
    const client = `client-${randomUUID()}`;
    const limit = Number.parseInt(process.env.PREPERSONALIZE_SIGNUP_LIMIT ?? "20", 10);
    // Half the limit on each instance: each one alone is within its own count.
    for (let index = 0; index < limit / 2; index++) {
      expect(first.signUp.take(client)).toBe(true);
      expect(second.signUp.take(client)).toBe(true);
      await settle();
    }
    // An instance decides from the count Redis last reported to it, so each may let one more
    // attempt through before it hears that the others used up the rest; then both refuse.
    first.signUp.take(client);
    second.signUp.take(client);
    await settle();
    expect(first.signUp.take(client)).toBe(false);
    expect(second.signUp.take(client)).toBe(false);
    expect(second.signUp.retryAfterSeconds(client)).toBeGreaterThan(0);
  });

  it("blocks an account after failures spread over instances, and a success resets it", async () => {
    const [first, second] = [instance(), instance()];
    const account = `account-${randomUUID()}`;
    for (let index = 0; index < 3; index++) {
      first.signInFailuresPerClientAccount.fail(account);
      await settle();
      second.signInFailuresPerClientAccount.fail(account);
      await settle();
    }
    await settle();
    // 6 failures against a limit of 5, though neither instance saw more than 3.
    expect(first.signInFailuresPerClientAccount.blocked(account)).toBe(true);
    expect(second.signInFailuresPerClientAccount.blocked(account)).toBe(true);
    first.signInFailuresPerClientAccount.reset(account);
    second.signInFailuresPerClientAccount.reset(account);
    await settle();
    expect(second.signInFailuresPerClientAccount.blocked(account)).toBe(false);
  });
});
