import { describe, expect, it } from "vitest";
import { shiftCaret } from "./shift-caret";

describe("shiftCaret", () => {
  it("keeps the caret when someone types after it", () => {
    expect(shiftCaret("hello world", "hello world!", 5)).toBe(5);
  });

  it("moves the caret with the text when someone types before it", () => {
    expect(shiftCaret("hello world", "oh, hello world", 6)).toBe(10);
    expect(shiftCaret("oh, hello world", "hello world", 10)).toBe(6);
  });

  it("puts the caret after a replacement that covered it", () => {
    expect(shiftCaret("rank by value", "rank by impact", 10)).toBe(14);
  });

  it("never points past the end", () => {
    expect(shiftCaret("abc", "", 3)).toBe(0);
  });
});
