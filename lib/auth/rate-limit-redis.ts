// Rate limits shared by every app instance through Redis (rate-limiter-flexible), installed by
// server.ts when REDIS_URL is set. The limiter API stays synchronous (callers decide in the same
// tick): each instance counts its own attempts in memory as before, sends every count to Redis,
// and also refuses once the cluster-wide count Redis last reported for the key is past the limit.
// So a guesser spread over N instances gets at most one attempt per instance past a limit (the one
// whose answer tells that instance), instead of N times the limit.
import type { Redis } from "ioredis";
import { RateLimiterRedis, type RateLimiterRes } from "rate-limiter-flexible";
import {
  buildLimiters,
  createFailureLimiter,
  createRateLimiter,
  type CreateFailureLimiterOptions,
  type CreateRateLimiterOptions,
  type FailureLimiter,
  type Limiters,
  type RateLimiter,
} from "./rate-limit";

type Known = { consumed: number; resetAt: number; heardAt: number };

function isResult(value: unknown): value is RateLimiterRes {
  return typeof value === "object" && value !== null && "consumedPoints" in value;
}

/** The cluster-wide counts Redis last reported, per key, and how to update them. */
function clusterCounts(redis: Redis, name: string, options: CreateRateLimiterOptions) {
  const store = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `prepersonalize:limit:${name}`,
    // Counted past the limit too (a refused attempt is still an attempt).
    points: Number.MAX_SAFE_INTEGER,
    duration: Math.ceil(options.windowMs / 1000),
  });
  const known = new Map<string, Known>();
  const maxKeys = options.maxKeys ?? 10_000;

  function remember(key: string, result: unknown): void {
    if (!isResult(result)) return;
    if (known.size >= maxKeys) {
      const oldest = known.keys().next();
      if (!oldest.done) known.delete(oldest.value);
    }
    const now = Date.now();
    known.set(key, {
      consumed: result.consumedPoints,
      resetAt: now + result.msBeforeNext,
      heardAt: now,
    });
  }

  return {
    /** Counts one attempt in Redis; the reply updates what this instance knows. */
    count(key: string): void {
      store.consume(key).then(
        (result) => remember(key, result),
        (result: unknown) => {
          if (isResult(result)) remember(key, result);
          else console.error(`[rate-limit] Redis count for ${name} failed`, result);
        },
      );
    },
    /** The count as last reported, while its window lasts; asks Redis when it knows nothing. */
    current(key: string, now: number): Known | null {
      const entry = known.get(key);
      if (entry && now < entry.resetAt) return entry;
      if (entry) known.delete(key);
      store.get(key).then(
        (result) => remember(key, result),
        () => undefined,
      );
      return null;
    },
    forget(key: string): void {
      known.delete(key);
      store.delete(key).catch(() => undefined);
    },
  };
}

function redisRateLimiter(
  redis: Redis,
  name: string,
  options: CreateRateLimiterOptions,
): RateLimiter {
  const local = createRateLimiter(options);
  const cluster = clusterCounts(redis, name, options);
  return {
    take(key, now = Date.now()) {
      const known = cluster.current(key, now);
      cluster.count(key);
      const allowedHere = local.take(key, now);
      return allowedHere && (known === null || known.consumed + 1 <= options.limit);
    },
    retryAfterSeconds(key, now = Date.now()) {
      const known = cluster.current(key, now);
      const clusterWait =
        known && known.consumed > options.limit
          ? Math.max(1, Math.ceil((known.resetAt - now) / 1000))
          : 0;
      return Math.max(local.retryAfterSeconds(key, now), clusterWait);
    },
    forget(key) {
      local.forget(key);
      cluster.forget(key);
    },
  };
}

function redisFailureLimiter(
  redis: Redis,
  name: string,
  options: CreateFailureLimiterOptions,
): FailureLimiter {
  const local = createFailureLimiter(options);
  const cluster = clusterCounts(redis, name, options);
  return {
    blocked(key, now = Date.now()) {
      if (local.blocked(key, now)) return true;
      const known = cluster.current(key, now);
      if (!known || known.consumed < options.limit) return false;
      if (!options.backoff) return true;
      const { baseMs, maxMs } = options.backoff;
      const delay = Math.min(maxMs, baseMs * 2 ** (known.consumed - options.limit));
      return now - known.heardAt < delay;
    },
    fail(key, now = Date.now()) {
      local.fail(key, now);
      cluster.count(key);
    },
    reset(key) {
      local.reset(key);
      cluster.forget(key);
    },
  };
}

/** Limiters counted across every instance through `redis` (same limits as in memory). */
export function createRedisLimiters(redis: Redis): Limiters {
  return buildLimiters(
    (options, name) => redisFailureLimiter(redis, name, options),
    (options, name) => redisRateLimiter(redis, name, options),
  );
}
