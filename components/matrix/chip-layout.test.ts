import { describe, expect, it } from "vitest";
import { layoutChips } from "./chip-layout";

const size = { width: 120, height: 28 };
const area = { width: 900, height: 600 };

function overlapShare(a: { x: number; y: number }, b: { x: number; y: number }): number {
  const w = Math.max(0, size.width - Math.abs(a.x - b.x));
  const h = Math.max(0, size.height - Math.abs(a.y - b.y));
  return (w * h) / (size.width * size.height);
}

describe("layoutChips", () => {
  it("leaves a lone chip on its exact spot", () => {
    const layout = layoutChips({ spots: [{ id: "a", x: 300, y: 200 }], size, area, blocked: [] });
    expect(layout.get("a")).toEqual({ x: 300, y: 200 });
  });

  it("moves chips on the same spot apart, near the spot", () => {
    const spots = Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, x: 450, y: 300 }));
    const layout = layoutChips({ spots, size, area, blocked: [] });
    const points = spots.map((s) => layout.get(s.id) ?? { x: 0, y: 0 });
    points.forEach((a, i) =>
      points.slice(i + 1).forEach((b) => expect(overlapShare(a, b)).toBe(0)),
    );
    for (const p of points) expect(Math.hypot(p.x - 450, p.y - 300)).toBeLessThan(200);
  });

  it("keeps chips off blocked boxes and inside the area", () => {
    const blocked = [{ left: 0, top: 0, width: 200, height: 50 }];
    const layout = layoutChips({ spots: [{ id: "a", x: 10, y: 10 }], size, area, blocked });
    const a = layout.get("a");
    expect(a).toBeDefined();
    const top = (a?.y ?? 0) - size.height / 2;
    const left = (a?.x ?? 0) - size.width / 2;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(top >= 50 || left >= 200).toBe(true);
  });

  it("leaves chips on their spots when there are too many to lay out", () => {
    const spots = Array.from({ length: 500 }, (_, i) => ({ id: `n${i}`, x: 450, y: 300 }));
    const layout = layoutChips({ spots, size, area, blocked: [] });
    expect(layout.get("n7")).toEqual({ x: 450, y: 300 });
  });
});
