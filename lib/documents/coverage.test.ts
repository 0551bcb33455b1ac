import { describe, expect, it } from "vitest";
import { segmentCoverage } from "./coverage";

describe("segmentCoverage", () => {
  it("counts scenarios per segment and flags fewer than 3 or more than 5", () => {
    const segments = [{ id: "none" }, { id: "three" }, { id: "six" }];
    const scenarios = [
      ...Array.from({ length: 3 }, () => ({ segmentId: "three" })),
      ...Array.from({ length: 6 }, () => ({ segmentId: "six" })),
      { segmentId: null },
      { segmentId: "deleted-segment" },
    ];
    expect(segmentCoverage({ segments, scenarios })).toEqual([
      { segmentId: "none", count: 0, status: "too-few" },
      { segmentId: "three", count: 3, status: "ok" },
      { segmentId: "six", count: 6, status: "too-many" },
    ]);
  });
});
