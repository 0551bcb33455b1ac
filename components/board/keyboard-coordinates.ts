import {
  closestCorners,
  getFirstCollision,
  KeyboardCode,
  type KeyboardCoordinateGetter,
} from "@dnd-kit/core";
import { sortableKeyboardCoordinates } from "@dnd-kit/sortable";

type Args = Parameters<KeyboardCoordinateGetter>[1];
type Coordinates = { x: number; y: number };

/** How far left or right a place must start to count as another column, in pixels. */
const COLUMN_STEP = 24;

/**
 * Arrow keys while a note is held: up and down follow dnd-kit's sortable behaviour; left and
 * right jump to the nearest place in the neighbouring column. dnd-kit's own rule treats any
 * place that starts a fraction of a pixel further right as "to the right", which picked the
 * same column's drop slot (its border shifts it by a subpixel) instead of the next column.
 */
export function boardKeyboardCoordinates(event: KeyboardEvent, args: Args): Coordinates | void {
  const right = event.code === KeyboardCode.Right;
  if (!right && event.code !== KeyboardCode.Left) return sortableKeyboardCoordinates(event, args);
  event.preventDefault();
  const { active, collisionRect, droppableRects, droppableContainers } = args.context;
  if (!active || !collisionRect) return undefined;
  const candidates = droppableContainers.getEnabled().filter((entry) => {
    const rect = droppableRects.get(entry.id);
    if (!rect || entry.id === active.id) return false;
    return right
      ? rect.left > collisionRect.left + COLUMN_STEP
      : rect.left < collisionRect.left - COLUMN_STEP;
  });
  // Nearest column first, then the closest place in it.
  const columnLeft = candidates
    .map((entry) => droppableRects.get(entry.id)?.left ?? 0)
    .reduce<number | null>((best, left) => {
      if (best === null) return left;
      return right ? Math.min(best, left) : Math.max(best, left);
    }, null);
  if (columnLeft === null) return undefined;
  const column = candidates.filter(
    (entry) => Math.abs((droppableRects.get(entry.id)?.left ?? 0) - columnLeft) < COLUMN_STEP,
  );
  const collisions = closestCorners({
    active,
    collisionRect,
    droppableRects,
    droppableContainers: column,
    pointerCoordinates: null,
  });
  const id = getFirstCollision(collisions, "id");
  const rect = id === null ? undefined : droppableRects.get(id);
  return rect ? { x: rect.left, y: rect.top } : undefined;
}
