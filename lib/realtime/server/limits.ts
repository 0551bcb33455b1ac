export type RateLimiter = { take(): boolean };

/** Token bucket: `perSecond` sustained, `burst` tokens available at once. */
export function createRateLimiter(options: {
  perSecond: number;
  burst: number;
  now?: () => number;
}): RateLimiter {
  const now = options.now ?? (() => performance.now());
  let tokens = options.burst;
  let last = now();
  return {
    take() {
      const current = now();
      tokens = Math.min(options.burst, tokens + ((current - last) / 1000) * options.perSecond);
      last = current;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

export function isSlowClient(bufferedAmount: number, maxBufferedBytes: number): boolean {
  return bufferedAmount > maxBufferedBytes;
}
