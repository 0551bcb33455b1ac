import type { Active, Over } from "@dnd-kit/core";
import { describe, expect, it } from "vitest";
import type { DragData } from "./drag-data";
import { matrixAnnouncements } from "./matrix-announcements";
import { TRAY_DROPPABLE_ID } from "./matrix-copy";

// dnd-kit's one draggable; which note it carries comes from `noteInHand`.
const active: Active = {
  id: "prioritize-note",
  data: { current: undefined },
  rect: { current: { initial: null, translated: null } },
};

function inHand(from: DragData["from"]): () => DragData {
  return () => ({ scenarioId: "s1", from });
}

const trayOver = { id: TRAY_DROPPABLE_ID } as Over;

describe("matrixAnnouncements", () => {
  const textOf = () => "Recommend products from past orders";

  it("says where a keyboard drag is, once per change, and nothing for mouse moves", () => {
    let position = { value: 0.72, feasibility: 0.64 };
    const keyboard = matrixAnnouncements({
      textOf,
      positionOf: () => position,
      noteInHand: inHand("tray"),
      isKeyboardDrag: () => true,
    });
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
      noteInHand: inHand("tray"),
      isKeyboardDrag: () => false,
    });
    expect(mouse.onDragMove?.({ active, over: null })).toBeUndefined();
  });

  it("says where the idea landed, or that it went back to the tray", () => {
    const placed = matrixAnnouncements({
      textOf,
      positionOf: () => ({ value: 0.8, feasibility: 0.2 }),
      noteInHand: inHand("tray"),
      isKeyboardDrag: () => true,
    });
    expect(placed.onDragEnd({ active, over: null })).toBe(
      "“Recommend products from past orders” placed: Big bets, value 80 %, feasibility 20 %.",
    );
    const outside = (from: DragData["from"]) =>
      matrixAnnouncements({
        textOf,
        positionOf: () => null,
        noteInHand: inHand(from),
        isKeyboardDrag: () => false,
      });
    expect(outside("matrix").onDragEnd({ active, over: trayOver })).toBe(
      "“Recommend products from past orders” is back in the tray.",
    );
    expect(outside("tray").onDragEnd({ active, over: null })).toMatch(/dropped outside the matrix/);
    expect(outside("matrix").onDragCancel({ active, over: null })).toMatch(/^Cancelled/);
  });
});
