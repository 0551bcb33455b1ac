import { describe, expect, it } from "vitest";
import { noteLabel } from "./note-label";

describe("noteLabel", () => {
  it("trims, falls back when empty and cuts at the two lengths", () => {
    expect(noteLabel("  ", { fallback: "empty scenario", length: "short" })).toBe("empty scenario");
    expect(noteLabel(" Sizes ", { fallback: "x", length: "short" })).toBe("Sizes");
    expect(noteLabel("a".repeat(40), { fallback: "x", length: "short" })).toBe("a".repeat(40));
    expect(noteLabel("a".repeat(41), { fallback: "x", length: "short" })).toBe(
      `${"a".repeat(40)}…`,
    );
    expect(noteLabel("b".repeat(60), { fallback: "x", length: "long" })).toBe("b".repeat(60));
    expect(noteLabel("b".repeat(61), { fallback: "x", length: "long" })).toBe(`${"b".repeat(57)}…`);
  });
});
