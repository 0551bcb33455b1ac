import { describe, expect, it } from "vitest";
import { createThrottle } from "./throttle";

function harness() {
  let time = 0;
  const timers: { at: number; run: () => void; live: boolean }[] = [];
  const sent: number[] = [];
  const throttle = createThrottle<number>({
    intervalMs: 33,
    send: (value) => sent.push(value),
    now: () => time,
    schedule: (run, ms) => {
      const timer = { at: time + ms, run, live: true };
      timers.push(timer);
      return () => {
        timer.live = false;
      };
    },
  });
  const advance = (ms: number) => {
    time += ms;
    for (const timer of timers) {
      if (timer.live && timer.at <= time) {
        timer.live = false;
        timer.run();
      }
    }
  };
  return { throttle, sent, advance };
}

describe("createThrottle", () => {
  it("sends the first value at once and the latest one at the end of the interval", () => {
    const { throttle, sent, advance } = harness();
    throttle.push(1);
    throttle.push(2);
    throttle.push(3);
    expect(sent).toEqual([1]);
    advance(33);
    expect(sent).toEqual([1, 3]);
  });

  it("sends at most about 30 times a second under a 60 Hz stream", () => {
    const { throttle, sent, advance } = harness();
    for (let i = 0; i < 60; i++) {
      throttle.push(i);
      advance(16);
    }
    advance(100);
    expect(sent.length).toBeLessThanOrEqual(31);
    expect(sent.at(-1)).toBe(59);
  });

  it("drops a waiting value when cancelled", () => {
    const { throttle, sent, advance } = harness();
    throttle.push(1);
    throttle.push(2);
    throttle.cancel();
    advance(100);
    expect(sent).toEqual([1]);
  });
});
