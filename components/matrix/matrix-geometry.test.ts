import { describe, expect, it } from "vitest";
import {
  centreOf,
  describePosition,
  isInside,
  nextKeyboardCorner,
  nudgePosition,
  pointToPosition,
  positionToPercent,
  positionToPoint,
} from "./matrix-geometry";

const box = { left: 100, top: 50, width: 400, height: 200 };

describe("positions and screen points", () => {
  it("puts easy, high-value ideas top right and hard, low-value ones bottom left", () => {
    expect(positionToPoint({ value: 1, feasibility: 1 }, box)).toEqual({ x: 500, y: 50 });
    expect(positionToPoint({ value: 0, feasibility: 0 }, box)).toEqual({ x: 100, y: 250 });
    expect(positionToPercent({ value: 0.25, feasibility: 0.75 })).toEqual({ left: 75, top: 75 });
  });

  it("round-trips a point through a position", () => {
    const position = pointToPosition({ x: 200, y: 100 }, box);
    expect(position).toEqual({ feasibility: 0.25, value: 0.75 });
    expect(position && positionToPoint(position, box)).toEqual({ x: 200, y: 100 });
  });

  it("clamps points outside the matrix and refuses an empty box", () => {
    expect(pointToPosition({ x: 0, y: 999 }, box)).toEqual({ feasibility: 0, value: 0 });
    expect(pointToPosition({ x: 0, y: 0 }, { ...box, width: 0 })).toBeNull();
  });

  it("knows when a point is on the matrix", () => {
    expect(isInside({ x: 100, y: 250 }, box)).toBe(true);
    expect(isInside({ x: 99, y: 100 }, box)).toBe(false);
    expect(centreOf({ left: 0, top: 0, width: 10, height: 20 })).toEqual({ x: 5, y: 10 });
  });
});

describe("keyboard steps", () => {
  it("moves by 2 % and by 10 % with Shift, along the right axis", () => {
    const start = { value: 0.5, feasibility: 0.5 };
    expect(nudgePosition(start, "ArrowUp", false)).toEqual({ value: 0.52, feasibility: 0.5 });
    expect(nudgePosition(start, "ArrowLeft", true)).toEqual({ value: 0.5, feasibility: 0.4 });
  });

  it("stops at the edges", () => {
    expect(nudgePosition({ value: 0.99, feasibility: 0 }, "ArrowUp", true).value).toBe(1);
    expect(nudgePosition({ value: 0.99, feasibility: 0.01 }, "ArrowLeft", false).feasibility).toBe(
      0,
    );
  });

  it("does not drift from floating-point sums", () => {
    let position = { value: 0, feasibility: 0 };
    for (let i = 0; i < 36; i++) position = nudgePosition(position, "ArrowUp", false);
    expect(position.value).toBe(0.72);
  });

  it("brings a note from the tray to the matrix centre, then steps it", () => {
    const note = { left: 0, top: 0, width: 20, height: 10 };
    const first = nextKeyboardCorner({ note, matrix: box, key: "ArrowRight", large: false });
    expect(first).toEqual({ x: 290, y: 145 });
    const moved = { ...note, left: first.x, top: first.y };
    const second = nextKeyboardCorner({ note: moved, matrix: box, key: "ArrowRight", large: true });
    expect(second).toEqual({ x: 330, y: 145 });
  });
});

describe("describePosition", () => {
  it("names the quadrant and both percentages", () => {
    expect(describePosition({ value: 0.72, feasibility: 0.64 })).toBe(
      "Quick wins, value 72 %, feasibility 64 %",
    );
    expect(describePosition({ value: 0.8, feasibility: 0.1 })).toBe(
      "Big bets, value 80 %, feasibility 10 %",
    );
    expect(describePosition({ value: 0.1, feasibility: 0.9 })).toMatch(/^Fill-ins/);
    expect(describePosition({ value: 0.1, feasibility: 0.1 })).toMatch(/^Drop for now/);
  });
});
