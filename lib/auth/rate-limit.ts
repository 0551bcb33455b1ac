export type RateLimiter = {
  /** Counts one attempt; false when the key has used up its attempts in the current window. */
  take(key: string, now?: number): boolean;
  /** Seconds until the key may try again. */
  retryAfterSeconds(key: string, now?: number): number;
};

export type CreateRateLimiterOptions = { limit: number; windowMs: number; maxKeys?: number };

/** Fixed-window counter kept in memory: the app runs as one process. */
export function createRateLimiter(options: CreateRateLimiterOptions): RateLimiter {
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
  };
}

const cache = globalThis as unknown as {
  prepersonalizeLimiters?: {
    signIn: RateLimiter;
    inviteRedemption: RateLimiter;
    signUp: RateLimiter;
  };
};

function limitFromEnv(name: string, fallback: number): number {
  const value = Number.parseInt(process.env[name] ?? "", 10);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/**
 * Process-wide limiters: 10 sign-in attempts per email per 15 min; 60 joins per link per 10 min;
 * sign-ups per client per hour (PREPERSONALIZE_SIGNUP_LIMIT, default 20).
 */
export const limiters = (cache.prepersonalizeLimiters ??= {
  signIn: createRateLimiter({ limit: 10, windowMs: 15 * 60_000 }),
  inviteRedemption: createRateLimiter({ limit: 60, windowMs: 10 * 60_000 }),
  signUp: createRateLimiter({
    limit: limitFromEnv("PREPERSONALIZE_SIGNUP_LIMIT", 20),
    windowMs: 60 * 60_000,
  }),
});
