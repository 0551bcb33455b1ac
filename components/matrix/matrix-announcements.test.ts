import type { Active, Over } from "@dnd-kit/core";
import { describe, expect, it } from "vitest";
import { matrixAnnouncements } from "./matrix-announcements";
import { TRAY_DROPPABLE_ID } from "./matrix-copy";

function activeFor(from: "tray" | "matrix"): Active {
  return {
    id: `${from}:s1`,
    data: { current: { scenarioId: "s1", from } },
    rect: { current: { initial: null, translated: null } },
  };
}

const trayOver = { id: TRAY_DROPPABLE_ID } as Over;

describe("matrixAnnouncements", () => {
  const textOf = () => "Recommend products from past orders";

  it("says where a keyboard drag is, once per change, and nothing for mouse moves", () => {
    let position = { value: 0.72, feasibility: 0.64 };
    const keyboard = matrixAnnouncements({
      textOf,
      positionOf: () => position,
      isKeyboardDrag: true,
    });
    const active = activeFor("tray");
    expect(keyboard.onDragStart({ active })).toBe(
      "Picked up “Recommend products from past orders”.",
    );
    expect(keyboard.onDragMove?.({ active, over: null })).toBe(
      "“Recommend products from past orders”: Quick wins, value 72 %, feasibility 64 %.",
    );
    expect(keyboard.onDragMove?.({ active, over: null })).toBeUndefined();
    position = { value: 0.2, feasibility: 0.1 };
    expect(keyboard.onDragMove?.({ active, over: null })).toMatch(/Drop for now/);

    const mouse = matrixAnnouncements({
      textOf,
      positionOf: () => position,
      isKeyboardDrag: false,
    });
    expect(mouse.onDragMove?.({ active, over: null })).toBeUndefined();
  });

  it("says where the idea landed, or that it went back to the tray", () => {
    const placed = matrixAnnouncements({
      textOf,
      positionOf: () => ({ value: 0.8, feasibility: 0.2 }),
      isKeyboardDrag: true,
    });
    expect(placed.onDragEnd({ active: activeFor("tray"), over: null })).toBe(
      "“Recommend products from past orders” placed: Big bets, value 80 %, feasibility 20 %.",
    );
    const outside = matrixAnnouncements({ textOf, positionOf: () => null, isKeyboardDrag: false });
    expect(outside.onDragEnd({ active: activeFor("matrix"), over: trayOver })).toBe(
      "“Recommend products from past orders” is back in the tray.",
    );
    expect(outside.onDragEnd({ active: activeFor("tray"), over: null })).toMatch(
      /dropped outside the matrix/,
    );
    expect(outside.onDragCancel({ active: activeFor("matrix"), over: null })).toMatch(/^Cancelled/);
  });
});
