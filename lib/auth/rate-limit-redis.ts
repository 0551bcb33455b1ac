// Rate limits shared by every app instance through Redis, installed by server.ts when REDIS_URL is
// set. Every decision waits for Redis: an attempt is counted there atomically (one Lua script per
// attempt, the window as the key's expiry) and judged on the cluster-wide count it returns, so an
// attempt counted on one instance counts on every other at once; a guesser spread over N
// instances gets exactly the limit, not one more per instance. Each instance also counts in
// memory, and decides from that count alone when Redis does not answer within `timeoutMs` (Redis
// down: per-instance limits rather than none).
import type { Redis } from "ioredis";
import {
  buildLimiters,
  createFailureLimiter,
  createRateLimiter,
  failuresBlock,
  type CreateFailureLimiterOptions,
  type CreateRateLimiterOptions,
  type FailureLimiter,
  type Limiters,
  type RateLimiter,
} from "./rate-limit";

// Not rate-limiter-flexible's "prepersonalize:limit:" keys of earlier versions (strings, not hashes).
const PREFIX = "prepersonalize:limits:";

// KEYS[1]: the key's counter. ARGV: window ms. Returns { count, ms left in the window }.
const TAKE = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return { count, ttl }`;

// KEYS[1]: the key's hash { c: failures, l: last failure (ms) }. ARGV: now, window ms.
const FAIL = `
local count = redis.call('HINCRBY', KEYS[1], 'c', 1)
redis.call('HSET', KEYS[1], 'l', ARGV[1])
if count == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return count`;

// KEYS[1]: as FAIL. ARGV: now, window ms, limit, backoff base ms, backoff max ms (0: no
// backoff). Counts a failure unless the key is blocked (failuresBlock, in Lua): 1 counted, 0 not.
const ATTEMPT = `
local now = tonumber(ARGV[1])
local limit = tonumber(ARGV[3])
local stored = redis.call('HMGET', KEYS[1], 'c', 'l')
local count = tonumber(stored[1]) or 0
local lastAt = tonumber(stored[2]) or 0
if count >= limit then
  local base = tonumber(ARGV[4])
  if base == 0 then return 0 end
  local delay = math.min(tonumber(ARGV[5]), base * 2 ^ (count - limit))
  if now - lastAt < delay then return 0 end
end
count = redis.call('HINCRBY', KEYS[1], 'c', 1)
redis.call('HSET', KEYS[1], 'l', ARGV[1])
if count == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 1`;

// KEYS[1]: as FAIL. Takes back one failure (never below 0).
const REFUND = `
local count = tonumber(redis.call('HGET', KEYS[1], 'c') or '0')
if count > 0 then redis.call('HINCRBY', KEYS[1], 'c', -1) end
return count`;

type Scripted = Redis & {
  limitTake(key: string, windowMs: number): Promise<[number, number]>;
  limitFail(key: string, now: number, windowMs: number): Promise<number>;
  limitAttempt(
    key: string,
    now: number,
    windowMs: number,
    limit: number,
    backoffBaseMs: number,
    backoffMaxMs: number,
  ): Promise<number>;
  limitRefund(key: string): Promise<number>;
};

function scripted(redis: Redis): Scripted {
  const client = redis as Scripted;
  if (typeof client.limitTake !== "function") {
    redis.defineCommand("limitTake", { numberOfKeys: 1, lua: TAKE });
    redis.defineCommand("limitFail", { numberOfKeys: 1, lua: FAIL });
    redis.defineCommand("limitAttempt", { numberOfKeys: 1, lua: ATTEMPT });
    redis.defineCommand("limitRefund", { numberOfKeys: 1, lua: REFUND });
  }
  return client;
}

export type RedisLimitersOptions = {
  /** How long a decision waits for Redis before it falls back to this instance's count. */
  timeoutMs?: number;
};

function createAsker(timeoutMs: number, name: string) {
  let lastLogged = 0;
  /** Redis's answer, or null (after logging at most every 5 s) when it fails or is late. */
  return async function ask<T>(request: Promise<T>): Promise<T | null> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    const answer = request.catch((error: unknown) => {
      const now = Date.now();
      if (now - lastLogged >= 5_000) {
        lastLogged = now;
        console.error(`[rate-limit] Redis count for ${name} failed`, error);
      }
      return null;
    });
    try {
      return await Promise.race([answer, late]);
    } finally {
      clearTimeout(timer);
    }
  };
}

function redisRateLimiter(
  redis: Scripted,
  name: string,
  options: CreateRateLimiterOptions,
  timeoutMs: number,
): RateLimiter {
  const local = createRateLimiter(options);
  const ask = createAsker(timeoutMs, name);
  const redisKey = (key: string) => `${PREFIX}${name}:${key}`;
  return {
    async take(key, now = Date.now()) {
      const allowedHere = local.take(key, now);
      const counted = await ask(redis.limitTake(redisKey(key), options.windowMs));
      if (!counted) return allowedHere;
      return counted[0] <= options.limit;
    },
    async retryAfterSeconds(key, now = Date.now()) {
      const found = await ask(
        redis.multi().get(redisKey(key)).pttl(redisKey(key)).exec() as Promise<
          [Error | null, unknown][] | null
        >,
      );
      if (!found) return local.retryAfterSeconds(key, now);
      const count = Number(found[0]?.[1] ?? 0);
      const ttl = Number(found[1]?.[1] ?? 0);
      return count > options.limit ? Math.max(1, Math.ceil(ttl / 1000)) : 0;
    },
    async forget(key) {
      local.forget(key);
      await ask(redis.del(redisKey(key)));
    },
  };
}

function redisFailureLimiter(
  redis: Scripted,
  name: string,
  options: CreateFailureLimiterOptions,
  timeoutMs: number,
): FailureLimiter {
  const local = createFailureLimiter(options);
  const ask = createAsker(timeoutMs, name);
  const redisKey = (key: string) => `${PREFIX}${name}:${key}`;
  return {
    async blocked(key, now = Date.now()) {
      const found = await ask(redis.hmget(redisKey(key), "c", "l"));
      if (!found) return local.blocked(key, now);
      const [count, lastAt] = found.map((value) => Number(value ?? 0)) as [number, number];
      return failuresBlock(options, count, lastAt, now);
    },
    async fail(key, now = Date.now()) {
      local.fail(key, now);
      await ask(redis.limitFail(redisKey(key), now, options.windowMs));
    },
    async attempt(key, now = Date.now()) {
      const allowedHere = local.attempt(key, now);
      const { backoff } = options;
      const counted = await ask(
        redis.limitAttempt(
          redisKey(key),
          now,
          options.windowMs,
          options.limit,
          backoff?.baseMs ?? 0,
          backoff?.maxMs ?? 0,
        ),
      );
      return counted === null ? allowedHere : counted === 1;
    },
    async refund(key) {
      local.refund(key);
      await ask(redis.limitRefund(redisKey(key)));
    },
    async reset(key) {
      local.reset(key);
      await ask(redis.del(redisKey(key)));
    },
  };
}

/** Limiters counted across every instance through `redis` (same limits as in memory). */
export function createRedisLimiters(redis: Redis, options: RedisLimitersOptions = {}): Limiters {
  const client = scripted(redis);
  const timeoutMs = options.timeoutMs ?? 500;
  return buildLimiters(
    (spec, name) => redisFailureLimiter(client, name, spec, timeoutMs),
    (spec, name) => redisRateLimiter(client, name, spec, timeoutMs),
  );
}
