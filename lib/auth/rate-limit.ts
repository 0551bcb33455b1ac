/** In memory an answer is immediate; counted in Redis (rate-limit-redis.ts) it is awaited. */
export type Awaitable<T> = T | Promise<T>;

export type RateLimiter = {
  /** Counts one attempt; false when the key has used up its attempts in the current window. */
  take(key: string, now?: number): Awaitable<boolean>;
  /** Seconds until the key may try again. */
  retryAfterSeconds(key: string, now?: number): Awaitable<number>;
  /** Drops the key's window. */
  forget(key: string): Awaitable<void>;
};

/** The in-memory limiter answers at once. */
export type MemoryRateLimiter = {
  take(key: string, now?: number): boolean;
  retryAfterSeconds(key: string, now?: number): number;
  forget(key: string): void;
};

export type CreateRateLimiterOptions = { limit: number; windowMs: number; maxKeys?: number };

/** Fixed-window counter kept in memory (one process; see rate-limit-redis.ts for several). */
export function createRateLimiter(options: CreateRateLimiterOptions): MemoryRateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const maxKeys = options.maxKeys ?? 10_000;

  function current(key: string, now: number) {
    const entry = windows.get(key);
    if (entry && now - entry.start < options.windowMs) return entry;
    if (windows.size >= maxKeys) {
      for (const [k, w] of windows) if (now - w.start >= options.windowMs) windows.delete(k);
      // Still full of live windows: forget the oldest rather than grow without bound.
      if (windows.size >= maxKeys) {
        const oldest = windows.keys().next();
        if (!oldest.done) windows.delete(oldest.value);
      }
    }
    const fresh = { start: now, count: 0 };
    windows.set(key, fresh);
    return fresh;
  }

  return {
    take(key, now = Date.now()) {
      const entry = current(key, now);
      entry.count += 1;
      return entry.count <= options.limit;
    },
    retryAfterSeconds(key, now = Date.now()) {
      const entry = windows.get(key);
      if (!entry || entry.count <= options.limit) return 0;
      return Math.max(1, Math.ceil((entry.start + options.windowMs - now) / 1000));
    },
    forget(key) {
      windows.delete(key);
    },
  };
}

export type FailureLimiter = {
  /** True while the key has reached its failure limit in the current window; counts nothing. */
  blocked(key: string, now?: number): Awaitable<boolean>;
  /** Counts one failure. */
  fail(key: string, now?: number): Awaitable<void>;
  /**
   * Checks and counts in one step: false (nothing counted) when blocked, else counts a failure
   * up front and answers true. Parallel attempts, on any instance, cannot all pass the check
   * before any of them is counted; `refund` takes back the count of one that succeeded.
   */
  attempt(key: string, now?: number): Awaitable<boolean>;
  /** Takes back one failure counted by `attempt` (the attempt succeeded). */
  refund(key: string): Awaitable<void>;
  /** Forgets the key's failures (after a success that proves who is asking). */
  reset(key: string): Awaitable<void>;
};

/** The in-memory failure limiter answers at once. */
export type MemoryFailureLimiter = {
  blocked(key: string, now?: number): boolean;
  fail(key: string, now?: number): void;
  attempt(key: string, now?: number): boolean;
  refund(key: string): void;
  reset(key: string): void;
};

export type CreateFailureLimiterOptions = CreateRateLimiterOptions & {
  /**
   * Past the limit, allow one attempt after a delay that doubles with each further failure (from
   * `baseMs` up to `maxMs`) instead of refusing until the window ends: the owner of an attacked
   * account waits at most `maxMs`, the attacker gets one guess per `maxMs`.
   */
  backoff?: { baseMs: number; maxMs: number };
};

/** Whether `count` failures in the window, the last at `lastAt`, block an attempt at `now`. */
export function failuresBlock(
  options: CreateFailureLimiterOptions,
  count: number,
  lastAt: number,
  now: number,
): boolean {
  if (count < options.limit) return false;
  if (!options.backoff) return true;
  const { baseMs, maxMs } = options.backoff;
  const delay = Math.min(maxMs, baseMs * 2 ** (count - options.limit));
  return now - lastAt < delay;
}

/** Counts failures only: successes never use up attempts. Fixed windows, kept in memory. */
export function createFailureLimiter(options: CreateFailureLimiterOptions): MemoryFailureLimiter {
  const windows = new Map<string, { start: number; count: number; lastAt: number }>();
  const maxKeys = options.maxKeys ?? 10_000;

  function live(key: string, now: number) {
    const entry = windows.get(key);
    if (entry && now - entry.start < options.windowMs) return entry;
    if (entry) windows.delete(key);
    return null;
  }

  const limiter: MemoryFailureLimiter = {
    blocked(key, now = Date.now()) {
      const entry = live(key, now);
      return entry !== null && failuresBlock(options, entry.count, entry.lastAt, now);
    },
    fail(key, now = Date.now()) {
      const entry = live(key, now);
      if (entry) {
        entry.count += 1;
        entry.lastAt = now;
        return;
      }
      if (windows.size >= maxKeys) {
        for (const [k, w] of windows) if (now - w.start >= options.windowMs) windows.delete(k);
        const oldest = windows.keys().next();
        if (windows.size >= maxKeys && !oldest.done) windows.delete(oldest.value);
      }
      windows.set(key, { start: now, count: 1, lastAt: now });
    },
    attempt(key, now = Date.now()) {
      if (limiter.blocked(key, now)) return false;
      limiter.fail(key, now);
      return true;
    },
    refund(key) {
      const entry = windows.get(key);
      if (entry && entry.count > 0) entry.count -= 1;
    },
    reset(key) {
      windows.delete(key);
    },
  };
  return limiter;
}

export type Limiters = {
  signInFailuresPerClient: FailureLimiter;
  signInFailuresPerClientAccount: FailureLimiter;
  signInFailuresPerAccount: FailureLimiter;
  inviteRedemption: RateLimiter;
  signUp: RateLimiter;
};

const cache = globalThis as unknown as { prepersonalizeLimiters?: Limiters };

function limitFromEnv(name: string, fallback: number): number {
  const value = Number.parseInt(process.env[name] ?? "", 10);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/**
 * The limits. Sign-in counts failures only, in 15-minute windows: 5 per client and account, 20 per
 * client (one password tried against many emails), and 50 per account from all clients together
 * (a distributed guess), after which the account takes one attempt per 2 s, 4 s… up to one a
 * minute. So the owner, at their own address, is never locked out for longer than a minute, and
 * only after 50 wrong passwords from at least 3 addresses. Joins by invite link: per client per
 * 10 min (PREPERSONALIZE_JOIN_LIMIT, default 30). Sign-ups: per client per hour
 * (PREPERSONALIZE_SIGNUP_LIMIT, default 20).
 */
export function limiterSpecs() {
  return {
    failures: {
      signInFailuresPerClient: { limit: 20, windowMs: 15 * 60_000 },
      signInFailuresPerClientAccount: { limit: 5, windowMs: 15 * 60_000 },
      signInFailuresPerAccount: {
        limit: 50,
        windowMs: 15 * 60_000,
        backoff: { baseMs: 2_000, maxMs: 60_000 },
      },
    },
    rates: {
      inviteRedemption: {
        limit: limitFromEnv("PREPERSONALIZE_JOIN_LIMIT", 30),
        windowMs: 10 * 60_000,
      },
      signUp: { limit: limitFromEnv("PREPERSONALIZE_SIGNUP_LIMIT", 20), windowMs: 60 * 60_000 },
    },
  } satisfies {
    failures: Record<string, CreateFailureLimiterOptions>;
    rates: Record<string, CreateRateLimiterOptions>;
  };
}

/** The limiters for `specs`, made by the given factories (in memory by default). */
export function buildLimiters(
  makeFailures: (options: CreateFailureLimiterOptions, name: string) => FailureLimiter,
  makeRate: (options: CreateRateLimiterOptions, name: string) => RateLimiter,
): Limiters {
  const { failures, rates } = limiterSpecs();
  return {
    signInFailuresPerClient: makeFailures(failures.signInFailuresPerClient, "sign-in-client"),
    signInFailuresPerClientAccount: makeFailures(
      failures.signInFailuresPerClientAccount,
      "sign-in-client-account",
    ),
    signInFailuresPerAccount: makeFailures(failures.signInFailuresPerAccount, "sign-in-account"),
    inviteRedemption: makeRate(rates.inviteRedemption, "invite-redemption"),
    signUp: makeRate(rates.signUp, "sign-up"),
  };
}

/**
 * Makes `next` the process's limiters (server.ts, before Next loads: the Redis-backed ones of
 * rate-limit-redis.ts when REDIS_URL is set, so every instance counts together).
 */
export function installLimiters(next: Limiters): void {
  cache.prepersonalizeLimiters = next;
}

/** Process-wide limiters: in memory for one process, or what server.ts installed. */
export const limiters = (cache.prepersonalizeLimiters ??= buildLimiters(
  createFailureLimiter,
  createRateLimiter,
));
