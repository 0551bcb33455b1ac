import { getEventCoordinates } from "@dnd-kit/utilities";

/** How close to the window's edge (a fraction of its size) a dragged note scrolls the page. */
export const EDGE_SCROLL_ZONE = 0.05;

type Point = { x: number; y: number };

/**
 * Lets dnd-kit's auto-scroll move the page only while the pointer is in the window's edge zone.
 * On a busy device dnd-kit 6.3 scrolled the page 140 px under a still finger far from any edge,
 * most likely because it pairs its scroll containers with boxes measured a render later: when the
 * note passes from the tray (a scroll container) onto the matrix, the page is judged against the
 * tray's box until that render. Inner containers (a zoomed matrix) are left to dnd-kit.
 */
export function createPageScrollGuard() {
  let start: Point | null = null;
  let pointer: Point | null = null;
  return {
    dragStarted(activatorEvent: Event): void {
      start = getEventCoordinates(activatorEvent);
      pointer = start;
    },
    pointerMoved(delta: Point): void {
      if (start) pointer = { x: start.x + delta.x, y: start.y + delta.y };
    },
    dragEnded(): void {
      start = null;
      pointer = null;
    },
    canScroll(element: Element): boolean {
      if (element !== document.scrollingElement) return true;
      if (!pointer) return false;
      const marginX = window.innerWidth * EDGE_SCROLL_ZONE;
      const marginY = window.innerHeight * EDGE_SCROLL_ZONE;
      return (
        pointer.x <= marginX ||
        pointer.x >= window.innerWidth - marginX ||
        pointer.y <= marginY ||
        pointer.y >= window.innerHeight - marginY
      );
    },
  };
}
