import { describe, expect, it } from "vitest";
import { compareOrder, isOrderKey, keyAtIndex, keyBetween } from "./order-key";

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe("keyBetween", () => {
  it("always lands strictly between its neighbours", () => {
    const random = seeded(7);
    let low: string | null = null;
    let high: string | null = null;
    for (let i = 0; i < 500; i++) {
      const key = keyBetween(low, high, random);
      expect(isOrderKey(key)).toBe(true);
      if (low !== null) expect(key > low).toBe(true);
      if (high !== null) expect(key < high).toBe(true);
      // Alternate squeezing from both sides, the worst case for key growth.
      if (i % 2 === 0) low = key;
      else high = key;
    }
    expect((low ?? "").length).toBeLessThan(200);
  });

  it("appends and prepends with short keys", () => {
    const keys: string[] = [];
    let last: string | null = null;
    for (let i = 0; i < 1000; i++) {
      last = keyBetween(last, null);
      keys.push(last);
    }
    expect([...keys].sort()).toEqual(keys);
    expect(Math.max(...keys.map((key) => key.length))).toBeLessThan(60);
    let first: string | null = null;
    const prepended: string[] = [];
    for (let i = 0; i < 1000; i++) {
      first = keyBetween(null, first);
      expect(isOrderKey(first)).toBe(true);
      prepended.unshift(first);
    }
    expect([...prepended].sort()).toEqual(prepended);
    expect(Math.max(...prepended.map((key) => key.length))).toBeLessThan(60);
  });

  it("tolerates ties and inverted neighbours", () => {
    expect(keyBetween("V", "V") > "V").toBe(true);
    expect(keyBetween("b", "a") > "b").toBe(true);
    expect(keyBetween("not valid!", null).length).toBeGreaterThan(0);
  });
});

describe("keyAtIndex", () => {
  it("places at the start, middle and end, clamping the index", () => {
    const siblings = [
      { id: "a", order: "G" },
      { id: "b", order: "V" },
    ];
    expect(keyAtIndex(siblings, 0) < "G").toBe(true);
    const middle = keyAtIndex(siblings, 1);
    expect(middle > "G" && middle < "V").toBe(true);
    expect(keyAtIndex(siblings, 99) > "V").toBe(true);
    expect(keyAtIndex([], -3).length).toBeGreaterThan(0);
  });

  it("lands after a run of tied keys", () => {
    const siblings = [
      { id: "a", order: "V" },
      { id: "b", order: "V" },
      { id: "c", order: "k" },
    ];
    const key = keyAtIndex(siblings, 1);
    expect(key > "V" && key < "k").toBe(true);
  });
});

describe("compareOrder", () => {
  it("breaks ties by id", () => {
    const items = [
      { id: "b", order: "V" },
      { id: "a", order: "V" },
      { id: "c", order: "G" },
    ];
    expect(items.sort(compareOrder).map((item) => item.id)).toEqual(["c", "a", "b"]);
  });
});
