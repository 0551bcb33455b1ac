import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps same-site paths", () => {
    expect(safeReturnPath("/workshops/abc?x=1")).toBe("/workshops/abc?x=1");
  });

  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", ""])(
    "replaces %j with the fallback",
    (value) => {
      expect(safeReturnPath(value)).toBe("/workshops");
    },
  );
});
