import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("allows the limit, refuses the next, and resets after the window", () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 1000 });
    expect([1, 2, 3].map(() => limiter.take("a", 0))).toEqual([true, true, true]);
    expect(limiter.take("a", 10)).toBe(false);
    expect(limiter.retryAfterSeconds("a", 10)).toBe(1);
    expect(limiter.take("b", 10)).toBe(true);
    expect(limiter.take("a", 1000)).toBe(true);
  });

  it("never holds more keys than its cap", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 });
    limiter.take("a", 0);
    limiter.take("b", 0);
    limiter.take("c", 0);
    // "a" was forgotten to make room, so it starts a fresh window.
    expect(limiter.take("a", 1)).toBe(true);
  });
});
