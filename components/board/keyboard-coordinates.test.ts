import type { ClientRect, DroppableContainer, UniqueIdentifier } from "@dnd-kit/core";
import { describe, expect, it } from "vitest";
import { boardKeyboardCoordinates } from "./keyboard-coordinates";

function rect(left: number, top: number, width = 260, height = 100): ClientRect {
  return { left, top, width, height, right: left + width, bottom: top + height };
}

// Two columns: the held note a1 and its column's drop slot (half a pixel to the right), and a
// second column at x = 677 with a note and a drop slot.
const rects = new Map<UniqueIdentifier, ClientRect>([
  ["a1", rect(373, 425)],
  ["end:a", rect(373.5, 600, 260, 40)],
  ["b1", rect(677, 425)],
  ["end:b", rect(677, 600, 260, 40)],
]);

function args(left: number, top: number) {
  const entries = [...rects.keys()].map((id) => ({ id, disabled: false }) as DroppableContainer);
  const context = {
    active: { id: "a1" },
    collisionRect: rect(left, top),
    droppableRects: rects,
    droppableContainers: { getEnabled: () => entries },
  };
  // Only the fields the getter reads are provided.
  return { active: "a1", currentCoordinates: { x: left, y: top }, context } as never;
}

function key(code: string): KeyboardEvent {
  return { code, preventDefault: () => {} } as KeyboardEvent;
}

describe("boardKeyboardCoordinates", () => {
  it("moves right into the next column, not onto its own column's drop slot", () => {
    expect(boardKeyboardCoordinates(key("ArrowRight"), args(373, 425))).toEqual({
      x: 677,
      y: 425,
    });
  });

  it("moves left back into the previous column", () => {
    expect(boardKeyboardCoordinates(key("ArrowLeft"), args(677, 600))).toEqual({
      x: 373.5,
      y: 600,
    });
  });

  it("stays put when there is no column further over", () => {
    expect(boardKeyboardCoordinates(key("ArrowRight"), args(677, 425))).toBeUndefined();
  });
});
