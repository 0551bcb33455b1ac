/** `take(cost)` spends `cost` tokens (1 by default) and says whether there were enough. */
export type RateLimiter = { take(cost?: number): boolean };

const performanceNow = () => performance.now();

/**
 * Token bucket: `perSecond` sustained, `burst` tokens available at once (messages or bytes). A
 * class, so each connection's buckets are one small object each, not an object, a closure and its
 * context (every connection has several).
 */
class TokenBucket implements RateLimiter {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  take(cost = 1): boolean {
    const current = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((current - this.last) / 1000) * this.perSecond);
    this.last = current;
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }
}

export function createRateLimiter(options: {
  perSecond: number;
  burst: number;
  now?: () => number;
}): RateLimiter {
  return new TokenBucket(options.perSecond, options.burst, options.now ?? performanceNow);
}

export function isSlowClient(bufferedAmount: number, maxBufferedBytes: number): boolean {
  return bufferedAmount > maxBufferedBytes;
}
