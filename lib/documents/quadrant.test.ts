import { describe, expect, it } from "vitest";
import { clampUnit, classifyQuadrant, priorityScore } from "./quadrant";

describe("classifyQuadrant", () => {
  it("names the four corners", () => {
    expect(classifyQuadrant({ value: 0.9, feasibility: 0.9 })).toBe("quick-win");
    expect(classifyQuadrant({ value: 0.9, feasibility: 0.1 })).toBe("big-bet");
    expect(classifyQuadrant({ value: 0.1, feasibility: 0.9 })).toBe("fill-in");
    expect(classifyQuadrant({ value: 0.1, feasibility: 0.1 })).toBe("drop-for-now");
  });

  it("puts the 0.5 midlines on the high / easy side", () => {
    expect(classifyQuadrant({ value: 0.5, feasibility: 0.5 })).toBe("quick-win");
    expect(classifyQuadrant({ value: 0.5, feasibility: 0.4999 })).toBe("big-bet");
    expect(classifyQuadrant({ value: 0.4999, feasibility: 0.5 })).toBe("fill-in");
    expect(classifyQuadrant({ value: 0, feasibility: 0 })).toBe("drop-for-now");
    expect(classifyQuadrant({ value: 1, feasibility: 1 })).toBe("quick-win");
  });
});

describe("clampUnit and priorityScore", () => {
  it("clamps to 0–1 and scores value × feasibility", () => {
    expect(clampUnit(-2)).toBe(0);
    expect(clampUnit(1.7)).toBe(1);
    expect(clampUnit(Number.NaN)).toBe(0.5);
    expect(priorityScore({ value: 0.5, feasibility: 0.8 })).toBeCloseTo(0.4);
  });
});
