import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPageScrollGuard } from "./page-scroll-guard";

const page = { nodeName: "HTML" } as unknown as Element;
const tray = { nodeName: "DIV" } as unknown as Element;
const globals = globalThis as unknown as Record<string, unknown>;

beforeEach(() => {
  globals.window = { innerWidth: 1280, innerHeight: 720 };
  globals.document = { scrollingElement: page };
});

afterEach(() => {
  delete globals.window;
  delete globals.document;
});

/** A touch or mouse press where a note was picked up, as dnd-kit reports it. */
const pressAt = (x: number, y: number) => ({ clientX: x, clientY: y }) as unknown as Event;

describe("page scroll guard", () => {
  it("lets the page scroll only while the pointer is in the window's 5 % edge zone", () => {
    const guard = createPageScrollGuard();
    expect(guard.canScroll(page)).toBe(false);
    guard.dragStarted(pressAt(360, 198));
    expect(guard.canScroll(page)).toBe(false);
    guard.pointerMoved({ x: 800, y: 40 });
    expect(guard.canScroll(page)).toBe(false);
    guard.pointerMoved({ x: 800, y: 490 });
    expect(guard.canScroll(page)).toBe(true);
    guard.pointerMoved({ x: 0, y: -180 });
    expect(guard.canScroll(page)).toBe(true);
    guard.pointerMoved({ x: -340, y: 100 });
    expect(guard.canScroll(page)).toBe(true);
    guard.pointerMoved({ x: 900, y: 100 });
    expect(guard.canScroll(page)).toBe(true);
    guard.dragEnded();
    expect(guard.canScroll(page)).toBe(false);
  });

  it("leaves inner scroll containers to dnd-kit", () => {
    const guard = createPageScrollGuard();
    guard.dragStarted(pressAt(360, 198));
    expect(guard.canScroll(tray)).toBe(true);
  });
});
