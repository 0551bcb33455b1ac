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

describe("createFailureLimiter", () => {
  it("counts failures only and blocks from the limit-th failure until the window ends", async () => {
    const { createFailureLimiter } = await import("./rate-limit");
    const limiter = createFailureLimiter({ limit: 2, windowMs: 1000 });
    expect(limiter.blocked("a", 0)).toBe(false);
    limiter.fail("a", 0);
    expect(limiter.blocked("a", 1)).toBe(false);
    limiter.fail("a", 2);
    expect(limiter.blocked("a", 3)).toBe(true);
    expect(limiter.blocked("b", 3)).toBe(false);
    expect(limiter.blocked("a", 1000)).toBe(false);
    limiter.fail("c", 0);
    limiter.reset("c");
    limiter.fail("c", 1);
    expect(limiter.blocked("c", 2)).toBe(false);
  });
});

describe("createFailureLimiter with backoff", () => {
  it("past the limit allows one attempt after a doubling delay, capped", async () => {
    const { createFailureLimiter } = await import("./rate-limit");
    const limiter = createFailureLimiter({
      limit: 2,
      windowMs: 3_600_000,
      backoff: { baseMs: 1000, maxMs: 4000 },
    });
    limiter.fail("a", 0);
    limiter.fail("a", 0);
    expect(limiter.blocked("a", 999)).toBe(true);
    expect(limiter.blocked("a", 1000)).toBe(false);
    limiter.fail("a", 1000);
    expect(limiter.blocked("a", 2999)).toBe(true);
    expect(limiter.blocked("a", 3000)).toBe(false);
    for (let i = 0; i < 10; i += 1) limiter.fail("a", 3000);
    // Capped: never more than maxMs after the last failure.
    expect(limiter.blocked("a", 6999)).toBe(true);
    expect(limiter.blocked("a", 7000)).toBe(false);
  });
});
