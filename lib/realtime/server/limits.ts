/** `take(cost)` spends `cost` tokens (1 by default) and says whether there were enough. */
export type RateLimiter = { take(cost?: number): boolean };

/** Token bucket: `perSecond` sustained, `burst` tokens available at once (messages or bytes). */
export function createRateLimiter(options: {
  perSecond: number;
  burst: number;
  now?: () => number;
}): RateLimiter {
  const now = options.now ?? (() => performance.now());
  let tokens = options.burst;
  let last = now();
  return {
    take(cost = 1) {
      const current = now();
      tokens = Math.min(options.burst, tokens + ((current - last) / 1000) * options.perSecond);
      last = current;
      if (tokens < cost) return false;
      tokens -= cost;
      return true;
    },
  };
}

export function isSlowClient(bufferedAmount: number, maxBufferedBytes: number): boolean {
  return bufferedAmount > maxBufferedBytes;
}
